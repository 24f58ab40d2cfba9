// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/backupfile.h"

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>
#include <zstd.h>

namespace keel::core::backupfile {

namespace fs = std::filesystem;

namespace {

constexpr std::uint32_t kSkippableMagic = 0x184D2A50; ///< The first of zstd's skippable frame magics.
constexpr std::string_view kLabelPrefix = "keel-backup database_id=";
constexpr std::size_t kMaxLabel = 256;

/// A file descriptor closed on every path out.
class Fd {
public:
    explicit Fd(int fd)
        : m_fd(fd)
    { }
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd;
};

[[noreturn]] void fail(const fs::path& path, const std::string& why)
{
    throw std::runtime_error(path.string() + ": " + why);
}

int openForReading(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        fail(path, std::string("cannot open it: ") + std::strerror(errno));
    return fd;
}

/// Created empty and private before anything is written, whatever the umask.
int createPrivate(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        fail(path, std::string("cannot create it: ") + std::strerror(errno));
    ::fchmod(fd, 0600);
    return fd;
}

/// Reads up to `size` bytes; fewer only at the end of the file.
std::size_t readSome(int fd, char* data, std::size_t size, const fs::path& path)
{
    std::size_t done = 0;
    while (done < size) {
        const ssize_t got = ::read(fd, data + done, size - done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            fail(path, std::string("reading failed: ") + std::strerror(errno));
        if (got == 0)
            break;
        done += static_cast<std::size_t>(got);
    }
    return done;
}

void writeAll(int fd, const char* data, std::size_t size, const fs::path& path)
{
    while (size > 0) {
        const ssize_t put = ::write(fd, data, size);
        if (put < 0 && errno == EINTR)
            continue;
        if (put < 0)
            fail(path, std::string("writing failed: ") + std::strerror(errno));
        data += put;
        size -= static_cast<std::size_t>(put);
    }
}

void putLe32(std::string& out, std::uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

std::uint32_t getLe32(const char* in)
{
    std::uint32_t value = 0;
    for (int i = 3; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(in[i]);
    return value;
}

} // namespace

bool isCompressed(const std::filesystem::path& path)
{
    return path.filename().string().ends_with(".zst");
}

void compress(const std::filesystem::path& source, const std::filesystem::path& destination,
    const std::string& databaseId, int level)
{
    const Fd in(openForReading(source));
    Fd out(createPrivate(destination));

    std::string label;
    const std::string payload = std::string(kLabelPrefix) + databaseId;
    putLe32(label, kSkippableMagic);
    putLe32(label, static_cast<std::uint32_t>(payload.size()));
    label += payload;
    writeAll(out.get(), label.data(), label.size(), destination);

    const std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> context(ZSTD_createCCtx(), ZSTD_freeCCtx);
    if (!context)
        fail(destination, "cannot start the compressor");
    ZSTD_CCtx_setParameter(context.get(), ZSTD_c_compressionLevel, level);
    // A checksum over the content: a flipped bit in a backup shows when it is read back.
    ZSTD_CCtx_setParameter(context.get(), ZSTD_c_checksumFlag, 1);
    std::vector<char> inBuffer(ZSTD_CStreamInSize());
    std::vector<char> outBuffer(ZSTD_CStreamOutSize());
    for (;;) {
        const std::size_t got = readSome(in.get(), inBuffer.data(), inBuffer.size(), source);
        const bool last = got < inBuffer.size();
        ZSTD_inBuffer input {inBuffer.data(), got, 0};
        bool finished = false;
        while (!finished) {
            ZSTD_outBuffer output {outBuffer.data(), outBuffer.size(), 0};
            const std::size_t remaining
                = ZSTD_compressStream2(context.get(), &output, &input, last ? ZSTD_e_end : ZSTD_e_continue);
            if (ZSTD_isError(remaining))
                fail(destination, std::string("compressing failed: ") + ZSTD_getErrorName(remaining));
            writeAll(out.get(), outBuffer.data(), output.pos, destination);
            finished = last ? remaining == 0 : input.pos == input.size;
        }
        if (last)
            break;
    }
    if (::fsync(out.get()) != 0)
        fail(destination, std::string("flushing it to disk failed: ") + std::strerror(errno));
    if (::close(out.release()) != 0)
        fail(destination, std::string("closing it failed: ") + std::strerror(errno));
}

void decompress(const std::filesystem::path& source, const std::filesystem::path& destination)
{
    const Fd in(openForReading(source));
    Fd out(createPrivate(destination));
    const std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> context(ZSTD_createDCtx(), ZSTD_freeDCtx);
    if (!context)
        fail(source, "cannot start the decompressor");
    std::vector<char> inBuffer(ZSTD_DStreamInSize());
    std::vector<char> outBuffer(ZSTD_DStreamOutSize());
    std::size_t read = 0;
    std::size_t written = 0;
    std::size_t pending = 0; ///< zstd's hint: 0 once a frame has ended cleanly.
    for (;;) {
        const std::size_t got = readSome(in.get(), inBuffer.data(), inBuffer.size(), source);
        if (got == 0)
            break;
        read += got;
        ZSTD_inBuffer input {inBuffer.data(), got, 0};
        while (input.pos < input.size) {
            ZSTD_outBuffer output {outBuffer.data(), outBuffer.size(), 0};
            pending = ZSTD_decompressStream(context.get(), &output, &input);
            if (ZSTD_isError(pending))
                fail(source, std::string("the compressed backup is damaged (") + ZSTD_getErrorName(pending) + ")");
            writeAll(out.get(), outBuffer.data(), output.pos, destination);
            written += output.pos;
        }
    }
    if (read == 0)
        fail(source, "the compressed backup is empty");
    if (pending != 0)
        fail(source, "the compressed backup is truncated (it ends in the middle of the data)");
    if (written == 0)
        fail(source, "the compressed backup holds no database");
    if (::close(out.release()) != 0)
        fail(destination, std::string("closing it failed: ") + std::strerror(errno));
}

std::optional<std::string> readLabel(const std::filesystem::path& path)
{
    const Fd in(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (in.get() < 0)
        return std::nullopt;
    std::array<char, 8 + kMaxLabel> buffer {};
    std::size_t got = 0;
    try {
        got = readSome(in.get(), buffer.data(), buffer.size(), path);
    } catch (const std::runtime_error&) {
        return std::nullopt;
    }
    if (got < 8 || getLe32(buffer.data()) != kSkippableMagic)
        return std::nullopt;
    const std::size_t size = getLe32(buffer.data() + 4);
    if (size > kMaxLabel || 8 + size > got)
        return std::nullopt;
    const std::string_view payload(buffer.data() + 8, size);
    if (!payload.starts_with(kLabelPrefix) || payload.size() == kLabelPrefix.size())
        return std::nullopt;
    return std::string(payload.substr(kLabelPrefix.size()));
}

} // namespace keel::core::backupfile
