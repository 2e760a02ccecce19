using System.Diagnostics;
using System.Reflection;
using Grader.Compile;
using Grader.Run.Wire;
using Grader.Values;
using Newtonsoft.Json.Linq;

namespace Grader.Run;

/// <summary>
/// The loop inside a worker process (`grader worker`): loads one submission at a time (WorkerSession) and runs the
/// calls
/// the parent sends, with the arguments it keeps (CaseArguments). Transport only: WireCodec reads and writes every
/// message. Student output goes to a bounded buffer, never to the protocol stream. Runs no timer of its own: the
/// parent owns the clock and kills the process.
/// </summary>
public static class WorkerHost
{
    /// <summary>Stack of the thread that runs the student's code: 1 MB, as on Windows.</summary>
    public const int StackBytes = 1 << 20;

    // Not on the 8 MB main stack: runaway recursion reaches the stack check, and unwinds, eight times sooner.
    public static int Run()
    {
        // Reflection would emit and compile an invoke stub for every method of every submission after its second call:
        // more compiling than the student's own code takes. Set before any call through reflection: it is read once.
        AppContext.SetSwitch("Switch.System.Reflection.ForceInterpretedInvoke", true);
        AppDomain.CurrentDomain.UnhandledException += (_, e) => Die(e.ExceptionObject as Exception);
        var exit = WorkerExit.ParentGone;
        var serve = new Thread(() => exit = Serve(), StackBytes) { Name = "cases" };
        serve.Start();
        serve.Join();
        return (int)exit;
    }

    // An exception no case caught (work the submission queued on the thread pool) would end the process with the
    // runtime's abort, which is also all a stack overflow leaves: the exit code tells the parent which death this is.
    // The exception's name goes to stderr for staff to read; nothing parses it.
    static void Die(Exception? error)
    {
        if (OutOfMemory(error)) Environment.Exit((int)WorkerExit.OutOfMemory);
        try
        {
            using var stderr = new StreamWriter(Console.OpenStandardError());
            stderr.WriteLine($"{error?.GetType().Name}: {Cut(error?.Message ?? "")}");
        }
        catch (IOException) { } // the parent stopped reading: the exit code still says it
        Environment.Exit((int)WorkerExit.Unhandled);
    }

    /// <summary>Console output a student's code may leave per request; the rest is cut.</summary>
    public const int OutputLimit = 4096;

    static WorkerExit Serve()
    {
        // The protocol streams are taken here, before any student code runs, and only this loop holds them; standard
        // input and output now lead to /dev/null (ProtocolChannel), and Console is the bounded buffer below.
        // Buffered both ways: a message is one write and one wake-up of the other side, not one per field.
        var (requests, replies) = ProtocolChannel.Take();
        using var input = new BinaryReader(new BufferedStream(requests, 1 << 16));
        using var output = new BinaryWriter(new BufferedStream(replies, 1 << 16));
        var captured = new BoundedWriter(OutputLimit);
        var session = new WorkerSession();
        var cases = new CaseArguments();
        // warm the JIT before saying Ready
        JsonValues.ToJson(JsonValues.ToObject(JArray.Parse("[[1.5]]"), typeof(double[,])));
        Capture(captured);
        Send(output, new Reply.Ready());
        while (true)
        {
            var decoded = WireCodec.ReadRequest(input);
            // The parent is gone (0), or is no parent (2): either way nobody is listening.
            if (decoded is not Decoded<Request>.Message { Value: var request })
                return decoded is Decoded<Request>.Malformed ? WorkerExit.NotAParent : WorkerExit.ParentGone;
            captured.Reset();
            Capture(captured);
            ResetThreadState();
            try
            {
                var exit = request.Match(
                    load: load =>
                    {
                        session.Load(load.Image, load.ScriptClass);
                        Send(output, new Reply.Loaded(captured.Text));
                        return (WorkerExit?)null;
                    },
                    callMany: call => CallMany(output, captured, session, cases, call),
                    quiesce: _ =>
                    {
                        session.Unload();
                        ResetSharedState();
                        bool idle = Quiescence.Settle(QuiesceGraceMs) && Quiescence.HeapIsBack();
                        Send(output, idle ? new Reply.Idle() : new Reply.Dirty());
                        // the pool's threads are background threads: they end with the process
                        return idle ? null : WorkerExit.Dirty;
                    });
                if (exit is { } code) return code;
            }
            catch (Exception e) when (OutOfMemory(e))
            {
                if (!replying) Send(output, new Reply.MemoryExceeded(Freed: false));
                // outside a case the memory may still be held: a fresh process is cheaper than trusting this one
                return WorkerExit.OutOfMemory;
            }
            catch (Exception e)
            {
                Send(output, Threw(Unwrap(e), session.Assembly, captured.Text));
            }
        }
    }

    // Every request starts with the worker's own console in place, whatever the last one did to it.
    static void Capture(BoundedWriter captured)
    {
        Console.SetOut(captured);
        Console.SetError(captured);
        Console.SetIn(TextReader.Null);
    }

    // Every case of a CallMany, each with its own reply; the exit code when the worker must end.
    static WorkerExit? CallMany(BinaryWriter output, BoundedWriter captured, WorkerSession session, CaseArguments cases,
        Request.CallMany request)
    {
        var types = request.ParameterTypes.ToArray();
        var typeList = string.Join("|", types);
        foreach (var call in request.Cases.Select(cases.Remember).ToList())
        {
            var after = RunOne(output, captured, session.Assembly, () =>
            {
                object?[] passed = [];
                var value = session.Call(request.Method, types,
                    method => passed = cases.Arguments(call, typeList, method));
                return (value, request.ReportModified ? cases.Modified(call, typeList, passed) : []);
            });
            if (after == AfterCase.Exit) return WorkerExit.OutOfMemory;
            if (after == AfterCase.DropRest) break;
        }
        return null;
    }

    enum AfterCase { Next, DropRest, Exit }

    // One case of a CallMany: its own reply whatever happens. A function that exhausted memory once would do it again
    // on every later case (seconds each), so the rest of the request is dropped; Exit when the heap stays exhausted.
    static AfterCase RunOne(BinaryWriter output, BoundedWriter captured, Assembly? script,
        Func<(string Value, IReadOnlyList<int> Modified)> call)
    {
        captured.Reset();
        try
        {
            var (value, modified) = call();
            Send(output, new Reply.Returned(value, captured.Text, modified));
            return AfterCase.Next;
        }
        catch (Exception e) when (OutOfMemory(e))
        {
            // Half a reply already sent, or a type initialiser that failed for want of memory (broken for every later
            // submission): then the worker ends without another word, and the parent starts a fresh one.
            if (replying) return AfterCase.Exit;
            bool freed = Unwrap(e) is OutOfMemoryException && MemoryFreed();
            Send(output, new Reply.MemoryExceeded(freed));
            return freed ? AfterCase.DropRest : AfterCase.Exit;
        }
        catch (Exception e) when (Unwrap(e) is InsufficientExecutionStackException)
        {
            Send(output, new Reply.StackOverflow());
            return AfterCase.Next;
        }
        catch (Exception e)
        {
            Send(output, Threw(Unwrap(e), script, captured.Text));
            return AfterCase.Next;
        }
    }

    static Reply.Threw Threw(Exception error, Assembly? script, string output) =>
        new(Cut(error.GetType().Name), Cut(error.Message), ScriptFrames(error, script), output);

    // What a case allocated is garbage once its frames are gone, unless the script's own fields hold it. A worker that
    // gets its heap back is as good as new; a fresh process would cost a hundred times the case. Aggressive: the memory
    // goes back to the system too, or the collector stays in its low-memory mode and the next hog in this worker takes
    // 0.5-1.1 s instead of 20 ms to reach the cap (measured), long enough to be judged a time-out instead.
    static bool MemoryFreed()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var heap = GC.GetGCMemoryInfo();
        return heap.HeapSizeBytes < heap.TotalAvailableMemoryBytes / 4;
    }

    // A student's exception text goes into a report: a kilobyte says all there is to say.
    static string Cut(string text) => text.Length <= 1024 ? text : text[..1024] + "…";

    /// <summary>
    /// How long queued work may take to finish after a submission's last case before the worker is replaced.
    /// </summary>
    const int QuiesceGraceMs = 100;

    // Process-wide settings a submission may change and the next would inherit (through new pool threads).
    static void ResetSharedState()
    {
        System.Globalization.CultureInfo.DefaultThreadCurrentCulture = null;
        System.Globalization.CultureInfo.DefaultThreadCurrentUICulture = null;
    }

    // Culture lives on the thread that runs every submission: a culture one submission sets must not reach the next.
    static void ResetThreadState()
    {
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
    }

    // True while a reply is being written: a failure then must not start another one in the middle of it.
    static bool replying;

    static void Send(BinaryWriter output, Reply reply)
    {
        replying = true;
        WireCodec.Write(output, reply);
        output.Flush();
        replying = false;
    }

    static bool OutOfMemory(Exception? e) =>
        e is not null && (e is OutOfMemoryException || OutOfMemory(e.InnerException));

    static Exception Unwrap(Exception e) => e switch
    {
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        AggregateException { InnerException: { } first } => Unwrap(first),
        // Exception is an open hierarchy: anything else is the error itself.
        var error => error,
    };

    // The stack frames in the student's script, innermost first: the parent, which has the compilation, turns them
    // into the student's line.
    static List<CodeOffset> ScriptFrames(Exception e, Assembly? script) =>
        new StackTrace(e, false).GetFrames()
            .Where(f => script is not null && f.GetMethod()?.Module.Assembly == script
                        && f.GetILOffset() != StackFrame.OFFSET_UNKNOWN)
            .Select(f => new CodeOffset(f.GetMethod()!.MetadataToken, f.GetILOffset())).ToList();
}
