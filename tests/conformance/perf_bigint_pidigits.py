# The pidigits spigot (big x small products, big + big, divmod with a one-limb quotient), 400 digits.
def pi_digits(n):
    acc, den, num, k = 0, 1, 1, 0
    out = []
    while len(out) < n:
        k += 1
        k2 = 2 * k + 1
        acc = (acc + 2 * num) * k2
        den *= k2
        num *= k
        if num > acc:
            continue
        q, r = divmod(3 * num + acc, den)
        if r + num >= den:
            continue
        out.append(q)
        acc = 10 * (acc - den * q)
        num *= 10
    return out, acc, den, num


digits, acc, den, num = pi_digits(400)
print("".join(map(str, digits)))
print(den.bit_length(), num.bit_length(), acc.bit_length(), hash(den), hash(num), hash(acc))
print(str(den)[:50], str(num)[-50:], len(str(acc)))
