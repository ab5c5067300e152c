using System;

class ConfigurationError : Exception
{
    public ConfigurationError(string key) : base("missing configuration key '" + key + "'") { }
}

class Program
{
    static string Lookup(string key)
    {
        switch (key)
        {
            case "host": return "localhost";
            case "port": return "8080";
            default: throw new ConfigurationError(key);
        }
    }

    static void Main()
    {
        foreach (string key in new[] { "host", "port", "timeout", "never" })
        {
            Console.WriteLine(key + " = " + Lookup(key));
        }
    }
}
