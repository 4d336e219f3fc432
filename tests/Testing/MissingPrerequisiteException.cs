namespace ItsmOrleans.Testing;

/// <summary>
/// A program the tests need is not installed. Tests never skip for this: the message says what to install.
/// </summary>
public sealed class MissingPrerequisiteException : Exception
{
    public const string InstallCommand = "apt-get install -y postgresql chromium";

    public MissingPrerequisiteException()
        : this("A program the tests need is missing.")
    {
    }

    public MissingPrerequisiteException(string message)
        : base($"{message} Install the test prerequisites with: {InstallCommand}")
    {
    }

    public MissingPrerequisiteException(string message, Exception innerException)
        : base($"{message} Install the test prerequisites with: {InstallCommand}", innerException)
    {
    }
}
