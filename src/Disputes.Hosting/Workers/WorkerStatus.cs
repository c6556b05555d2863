namespace Disputes.Hosting.Workers;

public enum WorkerStatus { NotStarted, Disabled, Running, Stopped, Faulted }
