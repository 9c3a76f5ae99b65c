namespace Krait.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("krait: not yet able to run programs");
        return 2;
    }
}
