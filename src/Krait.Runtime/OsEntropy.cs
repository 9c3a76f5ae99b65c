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

    public static byte[] GetBytes(int count)
    {
        var b = new byte[count];
        Fill(b);
        return b;
    }
}
