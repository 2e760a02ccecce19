using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Grader.Run;

/// <summary>
/// The worker's end of the protocol, moved off the standard streams. The parent writes requests to the worker's stdin
/// and reads replies from its stdout; at start the worker copies those two descriptors to fresh numbers (close-on-exec)
/// and points 0 and 1 at /dev/null. Whatever student code finds that writes to "standard output" — a console API the
/// guard missed, a runtime internal — reaches /dev/null, never the reply stream, so it cannot forge a reply or
/// corrupt one. Elsewhere than Linux the standard streams are used as they are.
/// </summary>
static class ProtocolChannel
{
    public static (Stream Requests, Stream Replies) Take()
    {
        if (!OperatingSystem.IsLinux()) return (Console.OpenStandardInput(), Console.OpenStandardOutput());
        int requests = Move(0, Native.ORdOnly), replies = Move(1, Native.OWrOnly);
        return (new FileStream(new SafeFileHandle((nint)requests, ownsHandle: true), FileAccess.Read, 1),
                new FileStream(new SafeFileHandle((nint)replies, ownsHandle: true), FileAccess.Write, 1));
    }

    // The stream at `fd`, on a new descriptor; `fd` itself now opens /dev/null.
    static int Move(int fd, int nullMode)
    {
        int copy = Native.Fcntl(fd, Native.FDupFdCloexec, 3);
        int devNull = Native.Open("/dev/null", nullMode | Native.OCloexec);
        if (copy < 0 || devNull < 0 || Native.Dup2(devNull, fd) < 0)
            throw new IOException(
                $"the worker could not move its protocol off descriptor {fd} (errno {Marshal.GetLastPInvokeError()})");
        Native.Close(devNull);
        return copy;
    }

    static class Native
    {
        public const int ORdOnly = 0, OWrOnly = 1, OCloexec = 0x80000, FDupFdCloexec = 1030;

        [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
        public static extern int Fcntl(int fd, int command, int argument);

        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        public static extern int Open(string path, int flags);

        [DllImport("libc", EntryPoint = "dup2", SetLastError = true)]
        public static extern int Dup2(int from, int to);

        [DllImport("libc", EntryPoint = "close", SetLastError = true)]
        public static extern int Close(int fd);
    }
}
