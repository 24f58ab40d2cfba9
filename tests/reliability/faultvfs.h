// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The disk as the power-loss and I/O-fault tests see it. FaultVfs is an SQLite VFS that wraps the
// default one and is made the default inside the test process only, so Keel's own
// Database/SQLiteCpp connections go through it unchanged. It counts every xWrite, xSync,
// xTruncate and xDelete, and the test program also stands in for libc's fsync() and rename()
// (the calls Keel makes itself around its backup files), counting those too. With the counts it
// can
//   - fail the Nth operation of one kind with SQLITE_IOERR or SQLITE_FULL (EIO/ENOSPC for the
//     plain calls), once or from then on (a full or failing disk); a failed xSync is always
//     SQLITE_IOERR_FSYNC, as from the real VFS;
//   - cut the power at the Nth operation of any kind: every write since a file's last sync is
//     undone (or, for realism, all but a random prefix of them), every file Keel wrote outside
//     SQLite that was not flushed since loses a random tail, and the process ends at once.
// Renames and deletions count as done the moment they return (a model that is kind to
// directories; the data inside the files is what it is strict about). Syncs only move the
// emulated disk's line of durability: the real disk under the test's temporary folder is never
// flushed, which keeps a round in milliseconds.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace keel::reliability {

/// The operations counted.
enum class DiskOp { Write, Sync, Truncate, Delete, FileSync, Rename };

/// A name for messages ("xWrite", "fsync", ...).
const char* opName(DiskOp op);

/// Failing one operation.
struct DiskFault {
    DiskOp op = DiskOp::Write;
    long nth = 1; ///< 1 = the first operation of that kind after arm().
    bool diskFull = false; ///< SQLITE_FULL / ENOSPC instead of SQLITE_IOERR / EIO.
    bool persistent = false; ///< Every later operation of the kind fails too (a disk that stays full).
};

/// Cutting the power.
struct PowerCut {
    long atEvent = 1; ///< The operation (of any kind, counted from 1 after arm()) that never happens.
    unsigned seed = 1;
    bool keepPrefix = false; ///< Keep a random prefix of each file's unsynced writes.
    std::filesystem::path root; ///< Files Keel writes outside SQLite are looked for here.
    int exitCode = 86; ///< What the process exits with at the cut.
};

/// Operation counts since arm().
struct DiskCounts {
    long events = 0;
    long writes = 0;
    long syncs = 0;
    long truncates = 0;
    long deletes = 0;
    long fileSyncs = 0;
    long renames = 0;
    long of(DiskOp op) const;
};

/// Installs the VFS as the process's default (once) and drives it.
class FaultVfs {
public:
    /// Registers the VFS as the default; later calls do nothing.
    static void install();
    /// Starts counting from zero with nothing armed.
    static void arm();
    /// Starts counting from zero and fails `fault` when its turn comes.
    static void arm(const DiskFault& fault);
    /// Starts counting from zero and cuts the power at `cut.atEvent` (does not return then).
    static void arm(const PowerCut& cut);
    /// Stops counting, failing and cutting; the disk behaves normally again.
    static void disarm();
    /// What was counted since the last arm().
    static DiskCounts counts();
    /// How many operations the armed fault failed (0: its turn never came).
    static long faultsInjected();
    /// The operations since arm(), in order.
    static std::vector<DiskOp> history();
    /// Cuts the power now when a cut is armed (does not return then): the moment right after an
    /// operation returned, when all it promised must already be on the disk.
    static void cutNow();
};

} // namespace keel::reliability
