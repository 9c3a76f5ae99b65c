using System.Security.Cryptography;

namespace Krait.Runtime;

/// <summary>Random bytes from the OS, as CPython takes them (os.urandom, hash keys, random.seed()). On Linux .NET's
/// RandomNumberGenerator goes through OpenSSL, which a minimal server (or an ARM64 sysroot) may lack, and then
/// the process aborts; the kernel's pool needs nothing.</summary>
public static class OsEntropy
{
    public static void Fill(Span<byte> buffer)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                using var urandom = new FileStream("/dev/urandom", FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
                urandom.ReadExactly(buffer);
                return;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        RandomNumberGenerator.Fill(buffer);
    }

    /// <summary>A few random bytes for the interpreter's own keys (the str hash secret), without opening a
    /// file: every start-up needs them. Guid.NewGuid draws its bits from the OS's secure generator (on Linux
    /// through the runtime's native shim, not OpenSSL); the six fixed version and variant bits are skipped.</summary>
    public static void FillKey(Span<byte> buffer)
    {
        Span<byte> guid = stackalloc byte[16];
        int n = 0;
        while (n < buffer.Length)
        {
            Guid.NewGuid().TryWriteBytes(guid);
            for (int i = 0; i < 16 && n < buffer.Length; i++)
                if (i != 7 && i != 8) buffer[n++] = guid[i];
        }
    }

    public static byte[] GetBytes(int count)
    {
        var b = new byte[count];
        Fill(b);
        return b;
    }
}
