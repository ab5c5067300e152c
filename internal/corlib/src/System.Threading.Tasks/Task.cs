using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    public enum TaskStatus
    {
        Created, WaitingForActivation, WaitingToRun, Running, WaitingForChildrenToComplete, RanToCompletion, Canceled, Faulted,
    }

    [Flags]
    public enum TaskCreationOptions
    {
        None = 0, PreferFairness = 1, LongRunning = 2, AttachedToParent = 4, DenyChildAttach = 8, HideScheduler = 16, RunContinuationsAsynchronously = 64,
    }

    [Flags]
    public enum TaskContinuationOptions
    {
        None = 0, PreferFairness = 1, LongRunning = 2, AttachedToParent = 4, DenyChildAttach = 8, HideScheduler = 16,
        LazyCancellation = 32, RunContinuationsAsynchronously = 64, NotOnRanToCompletion = 0x10000, NotOnFaulted = 0x20000,
        OnlyOnCanceled = 0x30000, NotOnCanceled = 0x40000, OnlyOnFaulted = 0x50000, OnlyOnRanToCompletion = 0x60000,
        ExecuteSynchronously = 0x80000,
    }

    public abstract class TaskScheduler
    {
        static readonly TaskScheduler def = new ThreadTaskScheduler();
        protected TaskScheduler() { }
        public static TaskScheduler Default { get { return def; } }
        public static TaskScheduler Current { get { return def; } }
        public virtual int MaximumConcurrencyLevel { get { return int.MaxValue; } }
        sealed class ThreadTaskScheduler : TaskScheduler { }
    }

    // Tasks run on their own (background) thread; continuations run on the thread that
    // completes the task.
    public class Task : IAsyncResult, IDisposable
    {
        static int nextId;
        static Task completed;

        internal readonly object sync = new object();
        internal TaskStatus status;
        internal AggregateException exception;
        List<Action> continuations;
        Delegate action;
        object state;
        int id;
        CancellationToken token;

        internal Task() { status = TaskStatus.WaitingForActivation; }

        public Task(Action action) : this(action, CancellationToken.None) { }
        public Task(Action action, CancellationToken cancellationToken)
        {
            if (action == null) throw new ArgumentNullException("action");
            this.action = action;
            token = cancellationToken;
            status = TaskStatus.Created;
        }
        public Task(Action action, TaskCreationOptions creationOptions) : this(action) { }
        public Task(Action<object> action, object state)
        {
            if (action == null) throw new ArgumentNullException("action");
            this.action = action;
            this.state = state;
            status = TaskStatus.Created;
        }

        internal Task(Delegate action, object state, CancellationToken token)
        {
            this.action = action;
            this.state = state;
            this.token = token;
            status = TaskStatus.Created;
        }

        public int Id
        {
            get
            {
                if (id == 0) Interlocked.CompareExchange(ref id, Interlocked.Increment(ref nextId), 0);
                return id;
            }
        }

        public static int? CurrentId { get { return null; } }
        public object AsyncState { get { return state; } }
        public TaskStatus Status { get { return status; } }
        public bool IsCompleted { get { TaskStatus s = status; return s == TaskStatus.RanToCompletion || s == TaskStatus.Faulted || s == TaskStatus.Canceled; } }
        public bool IsCompletedSuccessfully { get { return status == TaskStatus.RanToCompletion; } }
        public bool IsFaulted { get { return status == TaskStatus.Faulted; } }
        public bool IsCanceled { get { return status == TaskStatus.Canceled; } }
        public AggregateException Exception { get { return exception; } }
        public TaskCreationOptions CreationOptions { get { return TaskCreationOptions.None; } }
        WaitHandle IAsyncResult.AsyncWaitHandle { get { throw new NotSupportedException(); } }
        bool IAsyncResult.CompletedSynchronously { get { return false; } }

        public static TaskFactory Factory { get { return new TaskFactory(); } }

        public static Task CompletedTask
        {
            get
            {
                if (completed == null)
                {
                    Task t = new Task();
                    t.TrySetResult();
                    completed = t;
                }
                return completed;
            }
        }

        public void Start() { Start(TaskScheduler.Default); }

        public void Start(TaskScheduler scheduler)
        {
            lock (sync)
            {
                if (status != TaskStatus.Created) throw new InvalidOperationException("Start may not be called on a task that was already started.");
                status = TaskStatus.WaitingToRun;
            }
            Thread t = new Thread(Execute);
            t.IsBackground = true;
            t.Start();
        }

        public void RunSynchronously()
        {
            lock (sync)
            {
                if (status != TaskStatus.Created) throw new InvalidOperationException("RunSynchronously may not be called on a task that was already started.");
                status = TaskStatus.WaitingToRun;
            }
            Execute();
        }

        internal void Execute()
        {
            if (token.IsCancellationRequested)
            {
                TrySetCanceled();
                return;
            }
            status = TaskStatus.Running;
            try
            {
                InvokeAction();
            }
            catch (OperationCanceledException e)
            {
                if (token.IsCancellationRequested) TrySetCanceled();
                else TrySetException(e);
            }
            catch (Exception e)
            {
                TrySetException(e);
            }
        }

        internal virtual void InvokeAction()
        {
            Action a = action as Action;
            if (a != null) a();
            else ((Action<object>)action)(state);
            TrySetResult();
        }

        internal bool TrySetResult()
        {
            return Complete(TaskStatus.RanToCompletion, null);
        }

        internal bool TrySetException(Exception e)
        {
            AggregateException ae = e as AggregateException;
            return Complete(TaskStatus.Faulted, new AggregateException(e));
        }

        internal bool TrySetException(IEnumerable<Exception> e)
        {
            return Complete(TaskStatus.Faulted, new AggregateException(e));
        }

        internal bool TrySetCanceled()
        {
            return Complete(TaskStatus.Canceled, null);
        }

        internal bool Complete(TaskStatus final, AggregateException ex)
        {
            List<Action> conts;
            lock (sync)
            {
                if (IsCompleted) return false;
                exception = ex;
                status = final;
                conts = continuations;
                continuations = null;
                Monitor.PulseAll(sync);
            }
            if (conts != null)
                for (int i = 0; i < conts.Count; i++) conts[i]();
            return true;
        }

        internal void AddContinuation(Action a)
        {
            lock (sync)
            {
                if (!IsCompleted)
                {
                    if (continuations == null) continuations = new List<Action>();
                    continuations.Add(a);
                    return;
                }
            }
            a();
        }

        public void Wait() { Wait(Timeout.Infinite); }

        public bool Wait(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout");
            lock (sync)
            {
                if (status == TaskStatus.Created) throw new InvalidOperationException("The task has not been started.");
                long deadline = Environment.TickCount64 + millisecondsTimeout;
                while (!IsCompleted)
                {
                    if (millisecondsTimeout < 0) Monitor.Wait(sync);
                    else
                    {
                        long left = deadline - Environment.TickCount64;
                        if (left <= 0) return false;
                        Monitor.Wait(sync, (int)left);
                    }
                }
            }
            ThrowIfFailed(true);
            return true;
        }

        public bool Wait(TimeSpan timeout) { return Wait((int)timeout.TotalMilliseconds); }
        public void Wait(CancellationToken cancellationToken) { Wait(); }
        public bool Wait(int millisecondsTimeout, CancellationToken cancellationToken) { return Wait(millisecondsTimeout); }

        internal void ThrowIfFailed(bool aggregate)
        {
            if (status == TaskStatus.Faulted)
            {
                if (aggregate) throw exception;
                throw exception.InnerExceptions[0];
            }
            if (status == TaskStatus.Canceled)
            {
                if (aggregate) throw new AggregateException(new TaskCanceledException());
                throw new TaskCanceledException();
            }
        }

        public void Dispose() { }

        public TaskAwaiter GetAwaiter() { return new TaskAwaiter(this); }
        public ConfiguredTaskAwaitable ConfigureAwait(bool continueOnCapturedContext) { return new ConfiguredTaskAwaitable(this); }

        public Task ContinueWith(Action<Task> continuationAction)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            Task result = new Task();
            AddContinuation(delegate
            {
                try
                {
                    continuationAction(this);
                    result.TrySetResult();
                }
                catch (Exception e) { result.TrySetException(e); }
            });
            return result;
        }

        public Task ContinueWith(Action<Task> continuationAction, TaskContinuationOptions continuationOptions) { return ContinueWith(continuationAction); }
        public Task ContinueWith(Action<Task> continuationAction, CancellationToken cancellationToken) { return ContinueWith(continuationAction); }

        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            Task<TResult> result = new Task<TResult>();
            AddContinuation(delegate
            {
                try { result.TrySetResult(continuationFunction(this)); }
                catch (Exception e) { result.TrySetException(e); }
            });
            return result;
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, TaskContinuationOptions continuationOptions) { return ContinueWith(continuationFunction); }

        // ---- static helpers ----
        public static Task Run(Action action) { return Run(action, CancellationToken.None); }

        public static Task Run(Action action, CancellationToken cancellationToken)
        {
            if (action == null) throw new ArgumentNullException("action");
            Task t = new Task(action, cancellationToken);
            t.Start();
            return t;
        }

        public static Task<TResult> Run<TResult>(Func<TResult> function) { return Run(function, CancellationToken.None); }

        public static Task<TResult> Run<TResult>(Func<TResult> function, CancellationToken cancellationToken)
        {
            if (function == null) throw new ArgumentNullException("function");
            Task<TResult> t = new Task<TResult>(function, cancellationToken);
            t.Start();
            return t;
        }

        public static Task Run(Func<Task> function)
        {
            if (function == null) throw new ArgumentNullException("function");
            return Run<Task>(function).Unwrap();
        }

        public static Task<TResult> Run<TResult>(Func<Task<TResult>> function)
        {
            if (function == null) throw new ArgumentNullException("function");
            return Run<Task<TResult>>(function).Unwrap();
        }

        public static Task Delay(int millisecondsDelay) { return Delay(millisecondsDelay, CancellationToken.None); }
        public static Task Delay(TimeSpan delay) { return Delay((int)delay.TotalMilliseconds, CancellationToken.None); }
        public static Task Delay(TimeSpan delay, CancellationToken cancellationToken) { return Delay((int)delay.TotalMilliseconds, cancellationToken); }

        public static Task Delay(int millisecondsDelay, CancellationToken cancellationToken)
        {
            if (millisecondsDelay < -1) throw new ArgumentOutOfRangeException("millisecondsDelay", "The value needs to be either -1 (signifying an infinite timeout), 0 or a positive integer.");
            Task t = new Task();
            if (millisecondsDelay == 0)
            {
                t.TrySetResult();
                return t;
            }
            Thread th = new Thread(delegate ()
            {
                Thread.Sleep(millisecondsDelay);
                t.TrySetResult();
            });
            th.IsBackground = true;
            th.Start();
            return t;
        }

        public static Task<TResult> FromResult<TResult>(TResult result)
        {
            Task<TResult> t = new Task<TResult>();
            t.TrySetResult(result);
            return t;
        }

        public static Task FromException(Exception exception)
        {
            Task t = new Task();
            t.TrySetException(exception);
            return t;
        }

        public static Task<TResult> FromException<TResult>(Exception exception)
        {
            Task<TResult> t = new Task<TResult>();
            t.TrySetException(exception);
            return t;
        }

        public static Task FromCanceled(CancellationToken cancellationToken)
        {
            Task t = new Task();
            t.TrySetCanceled();
            return t;
        }

        public static YieldAwaitable Yield() { return new YieldAwaitable(); }

        public static void WaitAll(params Task[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            List<Exception> errors = null;
            foreach (Task t in tasks)
            {
                try { t.Wait(); }
                catch (AggregateException e)
                {
                    if (errors == null) errors = new List<Exception>();
                    errors.AddRange(e.InnerExceptions);
                }
            }
            if (errors != null) throw new AggregateException(errors);
        }

        public static bool WaitAll(Task[] tasks, int millisecondsTimeout)
        {
            WaitAll(tasks);
            return true;
        }

        public static int WaitAny(params Task[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            while (true)
            {
                for (int i = 0; i < tasks.Length; i++)
                    if (tasks[i].IsCompleted) return i;
                Thread.Sleep(1);
            }
        }

        public static Task WhenAll(params Task[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            Task result = new Task();
            int remaining = tasks.Length;
            if (remaining == 0)
            {
                result.TrySetResult();
                return result;
            }
            foreach (Task t in tasks)
            {
                t.AddContinuation(delegate
                {
                    if (Interlocked.Decrement(ref remaining) == 0)
                    {
                        List<Exception> errors = new List<Exception>();
                        bool canceled = false;
                        foreach (Task x in tasks)
                        {
                            if (x.IsFaulted) errors.AddRange(x.exception.InnerExceptions);
                            else if (x.IsCanceled) canceled = true;
                        }
                        if (errors.Count > 0) result.TrySetException(errors);
                        else if (canceled) result.TrySetCanceled();
                        else result.TrySetResult();
                    }
                });
            }
            return result;
        }

        public static Task WhenAll(IEnumerable<Task> tasks) { return WhenAll(new List<Task>(tasks).ToArray()); }

        public static Task<TResult[]> WhenAll<TResult>(params Task<TResult>[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            Task<TResult[]> result = new Task<TResult[]>();
            WhenAll((Task[])tasks).AddContinuation(delegate
            {
                bool failed = false;
                foreach (Task t in tasks) if (!t.IsCompletedSuccessfully) failed = true;
                if (!failed)
                {
                    TResult[] r = new TResult[tasks.Length];
                    for (int i = 0; i < r.Length; i++) r[i] = tasks[i].Result;
                    result.TrySetResult(r);
                }
                else
                {
                    List<Exception> errors = new List<Exception>();
                    foreach (Task t in tasks) if (t.IsFaulted) errors.AddRange(t.exception.InnerExceptions);
                    if (errors.Count > 0) result.TrySetException(errors);
                    else result.TrySetCanceled();
                }
            });
            return result;
        }

        public static Task<TResult[]> WhenAll<TResult>(IEnumerable<Task<TResult>> tasks) { return WhenAll(new List<Task<TResult>>(tasks).ToArray()); }

        public static Task<Task> WhenAny(params Task[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            Task<Task> result = new Task<Task>();
            foreach (Task t in tasks)
            {
                Task captured = t;
                t.AddContinuation(delegate { result.TrySetResult(captured); });
            }
            return result;
        }

        public static Task<Task> WhenAny(IEnumerable<Task> tasks) { return WhenAny(new List<Task>(tasks).ToArray()); }

        public static Task<Task<TResult>> WhenAny<TResult>(params Task<TResult>[] tasks)
        {
            Task<Task<TResult>> result = new Task<Task<TResult>>();
            foreach (Task<TResult> t in tasks)
            {
                Task<TResult> captured = t;
                t.AddContinuation(delegate { result.TrySetResult(captured); });
            }
            return result;
        }
    }

    public class Task<TResult> : Task
    {
        internal TResult result;
        Func<TResult> function;
        Func<object, TResult> functionWithState;

        internal Task() : base() { }

        public Task(Func<TResult> function) : this(function, CancellationToken.None) { }

        public Task(Func<TResult> function, CancellationToken cancellationToken) : base(null, null, cancellationToken)
        {
            if (function == null) throw new ArgumentNullException("function");
            this.function = function;
        }

        public Task(Func<object, TResult> function, object state) : base(null, state, CancellationToken.None)
        {
            if (function == null) throw new ArgumentNullException("function");
            functionWithState = function;
        }

        internal override void InvokeAction()
        {
            TResult r = function != null ? function() : functionWithState(AsyncState);
            TrySetResult(r);
        }

        internal bool TrySetResult(TResult value)
        {
            lock (sync)
            {
                if (IsCompleted) return false;
                result = value;
            }
            return Complete(TaskStatus.RanToCompletion, null);
        }

        public TResult Result
        {
            get
            {
                Wait();
                return result;
            }
        }

        public new static TaskFactory<TResult> Factory { get { return new TaskFactory<TResult>(); } }

        public new TaskAwaiter<TResult> GetAwaiter() { return new TaskAwaiter<TResult>(this); }
        public new ConfiguredTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext) { return new ConfiguredTaskAwaitable<TResult>(this); }

        public Task ContinueWith(Action<Task<TResult>> continuationAction)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            Task r = new Task();
            AddContinuation(delegate
            {
                try
                {
                    continuationAction(this);
                    r.TrySetResult();
                }
                catch (Exception e) { r.TrySetException(e); }
            });
            return r;
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            Task<TNewResult> r = new Task<TNewResult>();
            AddContinuation(delegate
            {
                try { r.TrySetResult(continuationFunction(this)); }
                catch (Exception e) { r.TrySetException(e); }
            });
            return r;
        }
    }

    public static class TaskExtensions
    {
        public static Task Unwrap(this Task<Task> task)
        {
            if (task == null) throw new ArgumentNullException("task");
            Task result = new Task();
            task.AddContinuation(delegate
            {
                if (task.IsFaulted) result.TrySetException(task.Exception.InnerExceptions);
                else if (task.IsCanceled || task.result == null) result.TrySetCanceled();
                else task.result.AddContinuation(delegate
                {
                    Task inner = task.result;
                    if (inner.IsFaulted) result.TrySetException(inner.Exception.InnerExceptions);
                    else if (inner.IsCanceled) result.TrySetCanceled();
                    else result.TrySetResult();
                });
            });
            return result;
        }

        public static Task<TResult> Unwrap<TResult>(this Task<Task<TResult>> task)
        {
            if (task == null) throw new ArgumentNullException("task");
            Task<TResult> result = new Task<TResult>();
            task.AddContinuation(delegate
            {
                if (task.IsFaulted) result.TrySetException(task.Exception.InnerExceptions);
                else if (task.IsCanceled || task.result == null) result.TrySetCanceled();
                else task.result.AddContinuation(delegate
                {
                    Task<TResult> inner = task.result;
                    if (inner.IsFaulted) result.TrySetException(inner.Exception.InnerExceptions);
                    else if (inner.IsCanceled) result.TrySetCanceled();
                    else result.TrySetResult(inner.result);
                });
            });
            return result;
        }
    }

    public class TaskFactory
    {
        public TaskFactory() { }
        public Task StartNew(Action action) { return Task.Run(action); }
        public Task StartNew(Action action, CancellationToken cancellationToken) { return Task.Run(action, cancellationToken); }
        public Task StartNew(Action action, TaskCreationOptions creationOptions) { return Task.Run(action); }
        public Task StartNew(Action<object> action, object state)
        {
            Task t = new Task(action, state);
            t.Start();
            return t;
        }
        public Task<TResult> StartNew<TResult>(Func<TResult> function) { return Task.Run(function); }
        public Task<TResult> StartNew<TResult>(Func<TResult> function, CancellationToken cancellationToken) { return Task.Run(function, cancellationToken); }
        public Task<TResult> StartNew<TResult>(Func<TResult> function, TaskCreationOptions creationOptions) { return Task.Run(function); }
        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state)
        {
            Task<TResult> t = new Task<TResult>(function, state);
            t.Start();
            return t;
        }
    }

    public class TaskFactory<TResult>
    {
        public TaskFactory() { }
        public Task<TResult> StartNew(Func<TResult> function) { return Task.Run(function); }
        public Task<TResult> StartNew(Func<TResult> function, CancellationToken cancellationToken) { return Task.Run(function, cancellationToken); }
    }

    public class TaskCompletionSource<TResult>
    {
        Task<TResult> task = new Task<TResult>();

        public TaskCompletionSource() { }
        public TaskCompletionSource(object state) { }
        public TaskCompletionSource(TaskCreationOptions creationOptions) { }

        public Task<TResult> Task { get { return task; } }

        public void SetResult(TResult result)
        {
            if (!task.TrySetResult(result)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetResult(TResult result) { return task.TrySetResult(result); }

        public void SetException(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            if (!task.TrySetException(exception)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public void SetException(IEnumerable<Exception> exceptions)
        {
            if (!task.TrySetException(exceptions)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetException(Exception exception) { return task.TrySetException(exception); }
        public bool TrySetException(IEnumerable<Exception> exceptions) { return task.TrySetException(exceptions); }

        public void SetCanceled()
        {
            if (!task.TrySetCanceled()) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetCanceled() { return task.TrySetCanceled(); }
        public bool TrySetCanceled(CancellationToken cancellationToken) { return task.TrySetCanceled(); }
    }

    public static class Parallel
    {
        public static ParallelLoopResult For(int fromInclusive, int toExclusive, Action<int> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            List<Task> tasks = new List<Task>();
            int workers = Math.Max(1, Math.Min(Environment.ProcessorCount, toExclusive - fromInclusive));
            int next = fromInclusive;
            for (int w = 0; w < workers; w++)
            {
                tasks.Add(Task.Run(delegate
                {
                    while (true)
                    {
                        int i = Interlocked.Increment(ref next) - 1;
                        if (i >= toExclusive) break;
                        body(i);
                    }
                }));
            }
            Task.WaitAll(tasks.ToArray());
            return new ParallelLoopResult();
        }

        public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, Action<TSource> body)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (body == null) throw new ArgumentNullException("body");
            List<TSource> items = new List<TSource>(source);
            return For(0, items.Count, i => body(items[i]));
        }

        public static void Invoke(params Action[] actions)
        {
            if (actions == null) throw new ArgumentNullException("actions");
            Task[] tasks = new Task[actions.Length];
            for (int i = 0; i < actions.Length; i++) tasks[i] = Task.Run(actions[i]);
            Task.WaitAll(tasks);
        }
    }

    public struct ParallelLoopResult
    {
        public bool IsCompleted { get { return true; } }
        public long? LowestBreakIteration { get { return null; } }
    }
}

namespace System.Runtime.CompilerServices
{
    using System.Threading;
    using System.Threading.Tasks;

    public struct TaskAwaiter : ICriticalNotifyCompletion, INotifyCompletion
    {
        readonly Task task;
        internal TaskAwaiter(Task task) { this.task = task; }
        public bool IsCompleted { get { return task.IsCompleted; } }
        public void OnCompleted(Action continuation) { task.AddContinuation(continuation); }
        public void UnsafeOnCompleted(Action continuation) { task.AddContinuation(continuation); }
        public void GetResult()
        {
            if (!task.IsCompleted) task.Wait(Timeout.Infinite);
            task.ThrowIfFailed(false);
        }
    }

    public struct TaskAwaiter<TResult> : ICriticalNotifyCompletion, INotifyCompletion
    {
        readonly Task<TResult> task;
        internal TaskAwaiter(Task<TResult> task) { this.task = task; }
        public bool IsCompleted { get { return task.IsCompleted; } }
        public void OnCompleted(Action continuation) { task.AddContinuation(continuation); }
        public void UnsafeOnCompleted(Action continuation) { task.AddContinuation(continuation); }
        public TResult GetResult()
        {
            if (!task.IsCompleted)
            {
                try { task.Wait(Timeout.Infinite); } catch (AggregateException) { }
            }
            task.ThrowIfFailed(false);
            return task.result;
        }
    }

    public struct ConfiguredTaskAwaitable
    {
        readonly Task task;
        internal ConfiguredTaskAwaitable(Task task) { this.task = task; }
        public ConfiguredTaskAwaiter GetAwaiter() { return new ConfiguredTaskAwaiter(task); }

        public struct ConfiguredTaskAwaiter : ICriticalNotifyCompletion, INotifyCompletion
        {
            readonly Task task;
            internal ConfiguredTaskAwaiter(Task task) { this.task = task; }
            public bool IsCompleted { get { return task.IsCompleted; } }
            public void OnCompleted(Action continuation) { task.AddContinuation(continuation); }
            public void UnsafeOnCompleted(Action continuation) { task.AddContinuation(continuation); }
            public void GetResult() { new TaskAwaiter(task).GetResult(); }
        }
    }

    public struct ConfiguredTaskAwaitable<TResult>
    {
        readonly Task<TResult> task;
        internal ConfiguredTaskAwaitable(Task<TResult> task) { this.task = task; }
        public ConfiguredTaskAwaiter GetAwaiter() { return new ConfiguredTaskAwaiter(task); }

        public struct ConfiguredTaskAwaiter : ICriticalNotifyCompletion, INotifyCompletion
        {
            readonly Task<TResult> task;
            internal ConfiguredTaskAwaiter(Task<TResult> task) { this.task = task; }
            public bool IsCompleted { get { return task.IsCompleted; } }
            public void OnCompleted(Action continuation) { task.AddContinuation(continuation); }
            public void UnsafeOnCompleted(Action continuation) { task.AddContinuation(continuation); }
            public TResult GetResult() { return new TaskAwaiter<TResult>(task).GetResult(); }
        }
    }

    public struct YieldAwaitable
    {
        public YieldAwaiter GetAwaiter() { return new YieldAwaiter(); }

        public struct YieldAwaiter : ICriticalNotifyCompletion, INotifyCompletion
        {
            public bool IsCompleted { get { return false; } }
            public void OnCompleted(Action continuation) { Task.Run(continuation); }
            public void UnsafeOnCompleted(Action continuation) { Task.Run(continuation); }
            public void GetResult() { }
        }
    }

    // Shared state-machine plumbing: the state machine is boxed once (at the first
    // suspension) and resumed through that box.
    internal struct AsyncMachineBox
    {
        internal IAsyncStateMachine boxed;

        internal Action GetResume<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (boxed == null)
            {
                IAsyncStateMachine box = stateMachine;
                boxed = box;
                box.SetStateMachine(box);
            }
            IAsyncStateMachine m = boxed;
            return m.MoveNext;
        }
    }

    public struct AsyncTaskMethodBuilder
    {
        Task task;
        AsyncMachineBox box;

        public static AsyncTaskMethodBuilder Create()
        {
            AsyncTaskMethodBuilder b = new AsyncTaskMethodBuilder();
            b.task = new Task();
            return b;
        }

        public Task Task { get { return task; } }

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (stateMachine == null) throw new ArgumentNullException("stateMachine");
            stateMachine.MoveNext();
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine)
        {
            if (stateMachine == null) throw new ArgumentNullException("stateMachine");
            box.boxed = stateMachine;
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.OnCompleted(box.GetResume(ref stateMachine));
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.UnsafeOnCompleted(box.GetResume(ref stateMachine));
        }

        public void SetResult() { task.TrySetResult(); }

        public void SetException(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            OperationCanceledException oce = exception as OperationCanceledException;
            if (oce != null) task.TrySetCanceled();
            else task.TrySetException(exception);
        }
    }

    public struct AsyncTaskMethodBuilder<TResult>
    {
        Task<TResult> task;
        AsyncMachineBox box;

        public static AsyncTaskMethodBuilder<TResult> Create()
        {
            AsyncTaskMethodBuilder<TResult> b = new AsyncTaskMethodBuilder<TResult>();
            b.task = new Task<TResult>();
            return b;
        }

        public Task<TResult> Task { get { return task; } }

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (stateMachine == null) throw new ArgumentNullException("stateMachine");
            stateMachine.MoveNext();
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine)
        {
            if (stateMachine == null) throw new ArgumentNullException("stateMachine");
            box.boxed = stateMachine;
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.OnCompleted(box.GetResume(ref stateMachine));
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.UnsafeOnCompleted(box.GetResume(ref stateMachine));
        }

        public void SetResult(TResult result) { task.TrySetResult(result); }

        public void SetException(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            OperationCanceledException oce = exception as OperationCanceledException;
            if (oce != null) task.TrySetCanceled();
            else task.TrySetException(exception);
        }
    }

    public struct AsyncVoidMethodBuilder
    {
        AsyncMachineBox box;

        public static AsyncVoidMethodBuilder Create() { return new AsyncVoidMethodBuilder(); }

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (stateMachine == null) throw new ArgumentNullException("stateMachine");
            stateMachine.MoveNext();
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine) { box.boxed = stateMachine; }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.OnCompleted(box.GetResume(ref stateMachine));
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.UnsafeOnCompleted(box.GetResume(ref stateMachine));
        }

        public void SetResult() { }

        public void SetException(Exception exception)
        {
            // Unobserved exception of an async void method: crash like .NET does.
            Thread t = new Thread(delegate () { throw exception; });
            t.Start();
        }
    }
}
