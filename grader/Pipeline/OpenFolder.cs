using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Grader.Pipeline;

/// <summary>What reading one file of a submission gave: a closed set.</summary>
public abstract record FileRead
{
    private protected FileRead() { }

    /// <summary>One function per case: a new case breaks every caller at compile time.</summary>
    public T Match<T>(Func<FileBytes, T> bytes, Func<FileRefused, T> refused, Func<FileAbsent, T> absent) =>
#pragma warning disable CS8509 // closed by the private constructor, which the compiler cannot see
        this switch
        {
            FileBytes b => bytes(b),
            FileRefused r => refused(r),
            FileAbsent a => absent(a),
        };
#pragma warning restore CS8509
}
public sealed record FileBytes(byte[] Bytes) : FileRead;
public sealed record FileRefused(string Reason) : FileRead;
public sealed record FileAbsent : FileRead;

/// <summary>
/// The kind of a folder entry as the entry itself says (never through a link), with its link count and size.
/// </summary>
public enum EntryKind { Absent, File, Folder, Link, Other }
public sealed record EntryStatus(EntryKind Kind, uint Links, long Size, (ulong Device, ulong Inode) Identity = default);

/// <summary>
/// A folder held open by descriptor. Every name is looked up in that folder and never through a symbolic link
/// (statx with AT_SYMLINK_NOFOLLOW, openat with O_NOFOLLOW), so a link swapped in after the folder was checked is
/// still not followed. A file is opened only after its own entry says it is a regular file with one link, without
/// blocking (a FIFO put in its place would not block the open), and is read only if the opened descriptor is the
/// same regular file. Linux only: elsewhere the same checks are made by path with .NET's own file API.
/// </summary>
public sealed class OpenFolder : IDisposable
{
    readonly SafeFileHandle? handle;
    readonly string path;

    OpenFolder(SafeFileHandle? handle, string path) => (this.handle, this.path) = (handle, path);

    /// <summary>The folder at a path the TA gave (a link there is the TA's own), or null when there is none.</summary>
    public static OpenFolder? Open(string path) => Open(Native.AtCwd, path, followLink: true, path);

    /// <summary>A sub-folder, refused (null) when the entry is a link or not a folder.</summary>
    public OpenFolder? Folder(string name) => Open(Fd, name, followLink: false, Path.Combine(path, name));

    static OpenFolder? Open(int at, string name, bool followLink, string fullPath)
    {
        if (!OperatingSystem.IsLinux())
            return Directory.Exists(fullPath) && (followLink || new DirectoryInfo(fullPath).LinkTarget is null)
                ? new OpenFolder(null, fullPath) : null;
        int fd = Native.OpenAt(at, name, Native.Directory | (followLink ? 0 : Native.NoFollow));
        return fd < 0 ? null : new OpenFolder(new SafeFileHandle(fd, ownsHandle: true), fullPath);
    }

    int Fd => (int)handle!.DangerousGetHandle();

    /// <summary>The names in the folder, in ordinal order.</summary>
    public IReadOnlyList<string> Names()
    {
        // Listed through the descriptor's /proc entry, so the names are those of the folder held open.
        var listed = handle is null ? path : $"/proc/self/fd/{Fd}";
        return Directory.EnumerateFileSystemEntries(listed).Select(p => Path.GetFileName(p))
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>What the entry itself is, a link being a link whatever it points to.</summary>
    public EntryStatus Status(string name)
    {
        if (handle is null) return ManagedStatus(Path.Combine(path, name));
        return Native.StatAt(Fd, name, Native.SymlinkNoFollow, out var status) ? status
            : new EntryStatus(EntryKind.Absent, 0, 0);
    }

    /// <summary>
    /// The bytes of a regular file of this folder with no other link, at most <paramref name="maxBytes"/>.
    /// </summary>
    public FileRead Read(string name, long maxBytes)
    {
        var status = Status(name);
        if (Refusal(name, status, maxBytes) is { } refused) return refused;
        if (status.Kind == EntryKind.Absent) return new FileAbsent();
        if (handle is null) return new FileBytes(File.ReadAllBytes(Path.Combine(path, name)));
        int fd = Native.OpenAt(Fd, name, Native.NoFollow | Native.NonBlocking);
        if (fd < 0) return new FileRefused($"{name} could not be opened");
        using var file = new SafeFileHandle(fd, ownsHandle: true);
        // The entry may have been replaced between the check and the open: read only the file that was checked.
        if (!Native.StatAt(fd, "", Native.EmptyPath, out var opened) || opened.Identity != status.Identity
            || Refusal(name, opened, maxBytes) is { } changed)
            return new FileRefused($"{name} changed while it was being read; it was not read");
        var bytes = new byte[opened.Size];
        for (int done = 0, n; done < bytes.Length; done += n)
            if ((n = RandomAccess.Read(file, bytes.AsSpan(done), done)) == 0)
                return new FileRefused($"{name} shrank while it was being read");
        return new FileBytes(bytes);
    }

    /// <summary>Why a folder entry may not be read, or null when it may (or is simply absent).</summary>
    public static FileRefused? Refusal(string name, EntryStatus status, long maxBytes) => status switch
    {
        { Kind: EntryKind.Link } => new($"{name} is a symbolic link; only files of your own are read"),
        { Kind: EntryKind.Folder } => new($"{name} is a folder; a submission folder holds files only"),
        { Kind: EntryKind.Other } => new($"{name} is not a regular file (a FIFO, socket or device); it was not opened"),
        { Kind: EntryKind.File, Links: > 1 }
            => new($"{name} is a hard link to a file elsewhere ({status.Links} names); "
                   + "only files of your own are read"),
        { Kind: EntryKind.File } when status.Size > maxBytes
            => new($"{name}: the file is too large ({status.Size / 1024} KB; the limit is {maxBytes / 1024} KB)"),
        { Kind: EntryKind.File } => null,
        { Kind: EntryKind.Absent } => null,
    };

    static EntryStatus ManagedStatus(string fullPath)
    {
        var info = new FileInfo(fullPath);
        if (info.LinkTarget is not null) return new EntryStatus(EntryKind.Link, 1, 0);
        if (Directory.Exists(fullPath)) return new EntryStatus(EntryKind.Folder, 1, 0);
        return info.Exists ? new EntryStatus(EntryKind.File, 1, info.Length) : new EntryStatus(EntryKind.Absent, 0, 0);
    }

    public void Dispose() => handle?.Dispose();

    /// <summary>The three libc calls, with the Linux constants (O_DIRECTORY and O_NOFOLLOW differ on ARM).</summary>
    static class Native
    {
        public const int AtCwd = -100;
        public const int SymlinkNoFollow = 0x100, EmptyPath = 0x1000, NoAutomount = 0x800;
        const int ReadOnly = 0, NoControllingTty = 0x100, CloseOnExec = 0x80000;
        public const int NonBlocking = 0x800;
        static readonly bool Arm = RuntimeInformation.ProcessArchitecture is Architecture.Arm or Architecture.Arm64;
        public static readonly int Directory = Arm ? 0x4000 : 0x10000;
        public static readonly int NoFollow = Arm ? 0x8000 : 0x20000;

        [DllImport("libc", EntryPoint = "openat", SetLastError = true)]
        static extern int openat(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask,
                                out Statx buffer);

        public static int OpenAt(int at, string name, int flags) =>
            openat(at, name, ReadOnly | NoControllingTty | CloseOnExec | flags, 0);

        public static bool StatAt(int at, string name, int flags, out EntryStatus status)
        {
            const uint typeModeLinksInodeSize = 0x1 | 0x2 | 0x4 | 0x100 | 0x200;
            status = new EntryStatus(EntryKind.Absent, 0, 0);
            if (statx(at, name, flags | NoAutomount, typeModeLinksInodeSize, out var s) != 0) return false;
            // Mode bits are open: every file type but these three (FIFO, socket, device) is Other.
            var kind = (s.Mode & 0xF000) switch
            {
                0x8000 => EntryKind.File,
                0x4000 => EntryKind.Folder,
                0xA000 => EntryKind.Link,
                _ => EntryKind.Other,
            };
            var identity = (((ulong)s.DeviceMajor << 32) | s.DeviceMinor, s.Inode);
            status = new EntryStatus(kind, s.Links, (long)s.Size, identity);
            return true;
        }

        // struct statx (linux/stat.h): the same layout on every architecture, 256 bytes.
        [StructLayout(LayoutKind.Explicit, Size = 256)]
        struct Statx
        {
            [FieldOffset(16)] public uint Links;
            [FieldOffset(28)] public ushort Mode;
            [FieldOffset(32)] public ulong Inode;
            [FieldOffset(40)] public ulong Size;
            [FieldOffset(136)] public uint DeviceMajor;
            [FieldOffset(140)] public uint DeviceMinor;
        }
    }
}
