// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultvfs.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <map>
#include <random>
#include <sqlite3.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace keel::reliability {

namespace fs = std::filesystem;

namespace {

/// How a write (or truncation) is taken back: the bytes it covered and the size before it.
struct Undo {
    sqlite3_int64 offset = 0;
    std::vector<char> oldBytes;
    sqlite3_int64 oldSize = 0;
};

/// What a plain file looked like, to tell whether it changed since.
struct FileState {
    std::uintmax_t size = 0;
    std::int64_t mtimeNs = 0;
    bool operator==(const FileState&) const = default;
};

struct State {
    bool counting = false;
    DiskCounts counts;
    std::vector<DiskOp> history;
    std::optional<DiskFault> fault;
    long injected = 0;
    std::optional<PowerCut> cut;
    /// Unsynced writes through the VFS, per file name, oldest first.
    std::map<std::string, std::vector<Undo>> unsynced;
    /// Files written through the VFS since arm(), by inode and name: the undo log speaks for them.
    /// The name matters too, as a deleted journal's inode is soon another file's.
    std::map<ino_t, std::string> vfsWritten;
    /// Plain files as fsync() left them, and as they were at arm().
    std::map<ino_t, FileState> flushed;
    std::map<ino_t, FileState> before;
};

State& state()
{
    static State instance;
    return instance;
}

sqlite3_vfs* g_real = nullptr;

std::int64_t mtimeNs(const struct stat& info)
{
    return static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
}

std::map<ino_t, FileState> scanFiles(const fs::path& root)
{
    std::map<ino_t, FileState> files;
    std::error_code error;
    if (root.empty())
        return files;
    for (auto it = fs::recursive_directory_iterator(root, error); !error && it != fs::recursive_directory_iterator();
         it.increment(error)) {
        struct stat info { };
        if (::lstat(it->path().c_str(), &info) == 0 && S_ISREG(info.st_mode))
            files[info.st_ino] = {static_cast<std::uintmax_t>(info.st_size), mtimeNs(info)};
    }
    return files;
}

/// The power goes: what never reached the platter is taken back, then the process ends.
[[noreturn]] void cutPower()
{
    State& s = state();
    const PowerCut cut = *s.cut;
    s.counting = false;
    std::mt19937 random(cut.seed);
    for (const auto& [name, undos] : s.unsynced) {
        const int fd = ::open(name.c_str(), O_RDWR | O_CLOEXEC);
        if (fd < 0)
            continue; // Deleted since: a deletion counts as done.
        std::size_t kept = 0;
        if (cut.keepPrefix)
            kept = std::uniform_int_distribution<std::size_t>(0, undos.size())(random);
        for (std::size_t i = undos.size(); i-- > kept;) {
            const Undo& undo = undos[i];
            if (!undo.oldBytes.empty()
                && ::pwrite(fd, undo.oldBytes.data(), undo.oldBytes.size(), undo.offset)
                    != static_cast<ssize_t>(undo.oldBytes.size()))
                std::_Exit(cut.exitCode + 1);
            if (::ftruncate(fd, undo.oldSize) != 0)
                std::_Exit(cut.exitCode + 1);
        }
        ::close(fd);
    }
    // Files Keel wrote itself: whatever changed since arm() and was not flushed since keeps only a
    // random number of whole pages from its start.
    std::error_code error;
    if (!cut.root.empty()) {
        for (auto it = fs::recursive_directory_iterator(cut.root, error);
             !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
            struct stat info { };
            if (::lstat(it->path().c_str(), &info) != 0 || !S_ISREG(info.st_mode))
                continue;
            const auto written = s.vfsWritten.find(info.st_ino);
            if (written != s.vfsWritten.end() && fs::path(written->second) == it->path())
                continue;
            const FileState now {static_cast<std::uintmax_t>(info.st_size), mtimeNs(info)};
            const auto flushed = s.flushed.find(info.st_ino);
            const auto before = s.before.find(info.st_ino);
            if ((flushed != s.flushed.end() && flushed->second == now)
                || (before != s.before.end() && before->second == now))
                continue;
            const std::uintmax_t pages = now.size / 4096;
            const std::uintmax_t keep = std::uniform_int_distribution<std::uintmax_t>(0, pages)(random) * 4096;
            if (::truncate(it->path().c_str(), static_cast<off_t>(keep)) != 0)
                std::_Exit(cut.exitCode + 1);
        }
    }
    std::_Exit(cut.exitCode);
}

long& counter(DiskCounts& counts, DiskOp op)
{
    switch (op) {
    case DiskOp::Write:
        return counts.writes;
    case DiskOp::Sync:
        return counts.syncs;
    case DiskOp::Truncate:
        return counts.truncates;
    case DiskOp::Delete:
        return counts.deletes;
    case DiskOp::FileSync:
        return counts.fileSyncs;
    case DiskOp::Rename:
        return counts.renames;
    }
    return counts.events;
}

/// Counts `op`; cuts the power when its turn has come; true when the operation is to fail.
bool happening(DiskOp op)
{
    State& s = state();
    if (!s.counting)
        return false;
    const long nth = ++counter(s.counts, op);
    ++s.counts.events;
    s.history.push_back(op);
    if (s.cut && s.counts.events == s.cut->atEvent)
        cutPower();
    if (s.fault && s.fault->op == op && (nth == s.fault->nth || (s.fault->persistent && nth > s.fault->nth))) {
        ++s.injected;
        return true;
    }
    return false;
}

int sqliteFailure(int ioerr)
{
    return state().fault && state().fault->diskFull ? SQLITE_FULL : ioerr;
}

// The file: ours in front, the real VFS's right behind it in the same allocation.
struct ShimFile {
    sqlite3_file base;
    sqlite3_file* real;
    std::string* name; ///< Empty for SQLite's nameless temp files.
};

sqlite3_file* real(sqlite3_file* file)
{
    return reinterpret_cast<ShimFile*>(file)->real;
}

const std::string& nameOf(sqlite3_file* file)
{
    return *reinterpret_cast<ShimFile*>(file)->name;
}

void noteWritten(const std::string& name)
{
    struct stat info { };
    if (!name.empty() && ::stat(name.c_str(), &info) == 0)
        state().vfsWritten[info.st_ino] = name;
}

/// Saves what [offset, offset + amount) holds now, so a power cut can put it back.
void rememberOld(sqlite3_file* file, sqlite3_int64 offset, sqlite3_int64 amount)
{
    State& s = state();
    if (!s.counting || !s.cut || nameOf(file).empty())
        return;
    sqlite3_file* inner = real(file);
    Undo undo;
    undo.offset = offset;
    if (inner->pMethods->xFileSize(inner, &undo.oldSize) != SQLITE_OK)
        undo.oldSize = 0;
    const sqlite3_int64 covered = std::max<sqlite3_int64>(0, std::min(amount, undo.oldSize - offset));
    if (covered > 0) {
        undo.oldBytes.resize(static_cast<std::size_t>(covered));
        inner->pMethods->xRead(inner, undo.oldBytes.data(), static_cast<int>(covered), offset);
    }
    s.unsynced[nameOf(file)].push_back(std::move(undo));
    noteWritten(nameOf(file));
}

int shimClose(sqlite3_file* file)
{
    sqlite3_file* inner = real(file);
    const int rc = inner->pMethods ? inner->pMethods->xClose(inner) : SQLITE_OK;
    delete reinterpret_cast<ShimFile*>(file)->name;
    return rc;
}

int shimRead(sqlite3_file* file, void* data, int amount, sqlite3_int64 offset)
{
    return real(file)->pMethods->xRead(real(file), data, amount, offset);
}

int shimWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
{
    if (happening(DiskOp::Write))
        return sqliteFailure(SQLITE_IOERR_WRITE);
    rememberOld(file, offset, amount);
    return real(file)->pMethods->xWrite(real(file), data, amount, offset);
}

int shimTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    if (happening(DiskOp::Truncate))
        return sqliteFailure(SQLITE_IOERR_TRUNCATE);
    sqlite3_int64 oldSize = 0;
    if (real(file)->pMethods->xFileSize(real(file), &oldSize) == SQLITE_OK && oldSize > size)
        rememberOld(file, size, oldSize - size);
    return real(file)->pMethods->xTruncate(real(file), size);
}

int shimSync(sqlite3_file* file, int flags)
{
    // However the flush failed (ENOSPC included), SQLite's unix VFS reports SQLITE_IOERR_FSYNC.
    if (happening(DiskOp::Sync))
        return SQLITE_IOERR_FSYNC;
    (void)flags;
    // The emulated disk is the durable one: what a sync makes durable is what the undo log
    // forgets. Flushing the real disk as well would only make the rounds slow.
    state().unsynced.erase(nameOf(file));
    return SQLITE_OK;
}

int shimFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}

int shimLock(sqlite3_file* file, int level)
{
    return real(file)->pMethods->xLock(real(file), level);
}

int shimUnlock(sqlite3_file* file, int level)
{
    return real(file)->pMethods->xUnlock(real(file), level);
}

int shimCheckReservedLock(sqlite3_file* file, int* out)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}

int shimFileControl(sqlite3_file* file, int op, void* arg)
{
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}

int shimSectorSize(sqlite3_file* file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}

int shimDeviceCharacteristics(sqlite3_file* file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

int shimShmMap(sqlite3_file* file, int page, int pageSize, int extend, void volatile** out)
{
    return real(file)->pMethods->xShmMap(real(file), page, pageSize, extend, out);
}

int shimShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}

void shimShmBarrier(sqlite3_file* file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}

int shimShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

int shimFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out)
{
    *out = nullptr; // Reads through mmap would bypass nothing we count, but keep every read plain.
    (void)file;
    (void)offset;
    (void)amount;
    return SQLITE_OK;
}

int shimUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* pointer)
{
    (void)file;
    (void)offset;
    (void)pointer;
    return SQLITE_OK;
}

const sqlite3_io_methods kShimMethods = {3, shimClose, shimRead, shimWrite, shimTruncate, shimSync, shimFileSize,
    shimLock, shimUnlock, shimCheckReservedLock, shimFileControl, shimSectorSize, shimDeviceCharacteristics, shimShmMap,
    shimShmLock, shimShmBarrier, shimShmUnmap, shimFetch, shimUnfetch};

int shimOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    (void)vfs;
    auto* shim = reinterpret_cast<ShimFile*>(file);
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    shim->name = new std::string(name ? name : "");
    const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, even after a failed open.
    file->pMethods = shim->real->pMethods ? &kShimMethods : nullptr;
    if (!file->pMethods) {
        delete shim->name;
        shim->name = nullptr;
    }
    return rc;
}

int shimDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    (void)vfs;
    if (happening(DiskOp::Delete))
        return sqliteFailure(SQLITE_IOERR_DELETE);
    (void)syncDir; // Deletions count as durable at once (see the header), so no folder flush.
    const int rc = g_real->xDelete(g_real, name, 0);
    state().unsynced.erase(name);
    return rc;
}

int shimAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}

int shimFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}

void* shimDlOpen(sqlite3_vfs*, const char* name)
{
    return g_real->xDlOpen(g_real, name);
}

void shimDlError(sqlite3_vfs*, int size, char* out)
{
    g_real->xDlError(g_real, size, out);
}

void (*shimDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}

void shimDlClose(sqlite3_vfs*, void* handle)
{
    g_real->xDlClose(g_real, handle);
}

int shimRandomness(sqlite3_vfs*, int size, char* out)
{
    return g_real->xRandomness(g_real, size, out);
}

int shimSleep(sqlite3_vfs*, int micros)
{
    return g_real->xSleep(g_real, micros);
}

int shimCurrentTime(sqlite3_vfs*, double* out)
{
    return g_real->xCurrentTime(g_real, out);
}

int shimGetLastError(sqlite3_vfs*, int size, char* out)
{
    return g_real->xGetLastError(g_real, size, out);
}

int shimCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

sqlite3_vfs g_shim {};

template<typename Function> Function realFunction(const char* name)
{
    static_assert(sizeof(Function) == sizeof(void*));
    void* symbol = ::dlsym(RTLD_NEXT, name);
    if (!symbol)
        std::_Exit(90);
    Function function;
    std::memcpy(&function, &symbol, sizeof function);
    return function;
}

} // namespace

const char* opName(DiskOp op)
{
    switch (op) {
    case DiskOp::Write:
        return "xWrite";
    case DiskOp::Sync:
        return "xSync";
    case DiskOp::Truncate:
        return "xTruncate";
    case DiskOp::Delete:
        return "xDelete";
    case DiskOp::FileSync:
        return "fsync";
    case DiskOp::Rename:
        return "rename";
    }
    return "?";
}

long DiskCounts::of(DiskOp op) const
{
    DiskCounts copy = *this;
    return counter(copy, op);
}

void FaultVfs::install()
{
    if (g_real)
        return;
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real)
        throw std::runtime_error("SQLite has no default VFS to wrap");
    g_shim.iVersion = 2; // xCurrentTimeInt64; the system-call hooks of version 3 stay the real VFS's own.
    g_shim.szOsFile = static_cast<int>(sizeof(ShimFile)) + g_real->szOsFile;
    g_shim.mxPathname = g_real->mxPathname;
    g_shim.zName = "keel-fault";
    g_shim.xOpen = shimOpen;
    g_shim.xDelete = shimDelete;
    g_shim.xAccess = shimAccess;
    g_shim.xFullPathname = shimFullPathname;
    g_shim.xDlOpen = shimDlOpen;
    g_shim.xDlError = shimDlError;
    g_shim.xDlSym = shimDlSym;
    g_shim.xDlClose = shimDlClose;
    g_shim.xRandomness = shimRandomness;
    g_shim.xSleep = shimSleep;
    g_shim.xCurrentTime = shimCurrentTime;
    g_shim.xGetLastError = shimGetLastError;
    g_shim.xCurrentTimeInt64 = shimCurrentTimeInt64;
    if (sqlite3_vfs_register(&g_shim, 1) != SQLITE_OK)
        throw std::runtime_error("cannot register the fault VFS");
}

void FaultVfs::arm()
{
    State& s = state();
    s = State {};
    s.counting = true;
}

void FaultVfs::arm(const DiskFault& fault)
{
    arm();
    state().fault = fault;
}

void FaultVfs::arm(const PowerCut& cut)
{
    arm();
    state().before = scanFiles(cut.root);
    state().cut = cut;
}

void FaultVfs::disarm()
{
    State& s = state();
    s.counting = false;
    s.fault.reset();
    s.cut.reset();
    s.unsynced.clear();
}

DiskCounts FaultVfs::counts()
{
    return state().counts;
}

long FaultVfs::faultsInjected()
{
    return state().injected;
}

std::vector<DiskOp> FaultVfs::history()
{
    return state().history;
}

void FaultVfs::cutNow()
{
    if (state().cut)
        cutPower();
}

} // namespace keel::reliability

// Keel flushes and renames its backup files with plain libc calls; these stand in for libc's in
// this test program only (Keel's code, and libstdc++'s std::filesystem::rename, reach them
// through the usual symbol lookup), count them and pass them on.
extern "C" int fsync(int fd)
{
    using namespace keel::reliability;
    // As for xSync: the emulated disk records what is durable, the real one is not flushed.
    State& s = state();
    if (happening(DiskOp::FileSync)) {
        errno = s.fault && s.fault->diskFull ? ENOSPC : EIO;
        return -1;
    }
    struct stat info { };
    if (::fstat(fd, &info) != 0)
        return -1;
    if (s.counting && S_ISREG(info.st_mode))
        s.flushed[info.st_ino] = {static_cast<std::uintmax_t>(info.st_size), mtimeNs(info)};
    return 0;
}

extern "C" int rename(const char* from, const char* to) noexcept
{
    using namespace keel::reliability;
    static const auto realRename = realFunction<int (*)(const char*, const char*)>("rename");
    if (happening(DiskOp::Rename)) {
        errno = state().fault && state().fault->diskFull ? ENOSPC : EIO;
        return -1;
    }
    return realRename(from, to);
}
