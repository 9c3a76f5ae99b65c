# Found by mutfuzz: BytesIO/StringIO positioned past the end read nothing and an empty write does not fill the gap.
import io
b = io.BytesIO(b'abc'); b.seek(10); print(b.write(b''), b.getvalue(), b.tell())
b.seek(9); print(b.read(), b.read(2), b.read1(), b.readline(), b.readlines(), b.readinto(bytearray(2)))
b.seek(5); print(b.write(b'Z'), b.getvalue())
s = io.StringIO('abc'); s.seek(10); print(s.write(''), repr(s.getvalue())); s.write('x'); print(repr(s.getvalue()))
