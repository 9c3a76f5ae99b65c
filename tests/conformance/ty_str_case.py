# str case conversion and classification, Unicode-aware
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

words = ["hello world", "HELLO", "ß", "straße", "ǆemal", "İstanbul", "ΣΊΣΥΦΟΣ", "ﬁne", "école", "ÀÉÎ", "hello_World 3x", "",
         "ΑΣ ΑΣ.", "a1b2", "They're bill's friends", "ŉ", "\u0130"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
for w in ["Hello World", "Hello world", "HELLO", "hello", "", "123", "A1 B2", "ǅ", "Ab Cd", "aB", "ΣΑ", "ß"]:
    print(repr(w), w.istitle(), w.isupper(), w.islower())
for w in ["123", "١٢٣", "²", "½", "一二三", "Ⅻ", "12a", "", "3.5", " ", "abc", "ñ", "a b", "αβγ", "x²", "_x", "x_1", "1x", "def", "ℌ"]:
    print(repr(w), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isalpha(), w.isalnum(), w.isidentifier(), w.isascii())
for w in [" \t\n", "\x1c\x1d", "\u3000\u2028", "\xa0", "", "a ", "\u200b", "\x85"]:
    print(repr(w), w.isspace())
for w in ["abc", "a\tb", "\x7f", "é", "\u200b", "", "a\nb", " ", "\U0001F600"]:
    print(repr(w), w.isprintable())
show(lambda: "a".upper(1))
show(lambda: "a".isdigit(1))
show(lambda: "a".lower(x=1))
print("ﬃ".upper(), len("ﬃ".upper()), "ŉ".upper())
print("ß".upper() == "SS", "ß".casefold(), "ẞ".lower(), "Straße".casefold() == "STRASSE".casefold())
