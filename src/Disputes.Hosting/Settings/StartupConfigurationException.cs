using Disputes.Hosting.Workers;

namespace Disputes.Hosting.Settings;

// A setting the app cannot start with. Its message names the key and what is allowed; Program prints it
// as one line instead of a stack trace.
public sealed class StartupConfigurationException(string message) : Exception(message);
