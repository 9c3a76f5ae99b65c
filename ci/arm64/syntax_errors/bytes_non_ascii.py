# Vectorized ASCII checks (AdvSimd on ARM64): the non-ASCII character sits past the first vector.
ok = b"0123456789abcdefghijklmnopqrstuvwxyz0123456789"
bad = b"0123456789abcdefghijklmnopqrstuvwxyz0123456789é"
