# An uncaught error in a long function (compiled with its locals read by reference in the exception filter):
# the traceback's lines and carets, and a long generator's frames, as CPython prints them.


def long_generator(items):
    seen = 0
    seen = seen + items[0] * 1
    yield seen
    seen = seen + items[1] * 2
    yield seen
    seen = seen + items[2] * 3
    yield seen
    seen = seen + items[0] * 4
    yield seen
    seen = seen + items[1] * 5
    yield seen
    seen = seen + items[2] * 6
    yield seen
    seen = seen + items[0] * 7
    yield seen
    seen = seen + items[1] * 8
    yield seen
    seen = seen + items[2] * 9
    yield seen
    seen = seen + items[0] * 10
    yield seen
    seen = seen + items[1] * 11
    yield seen
    seen = seen + items[2] * 12
    yield seen
    seen = seen + items[0] * 13
    yield seen
    seen = seen + items[1] * 14
    yield seen
    seen = seen + items[2] * 15
    yield seen
    seen = seen + items[0] * 16
    yield seen
    seen = seen + items[1] * 17
    yield seen
    seen = seen + items[2] * 18
    yield seen
    seen = seen + items[0] * 19
    yield seen
    seen = seen + items[1] * 20
    yield seen
    seen = seen + items[2] * 21
    yield seen
    seen = seen + items[0] * 22
    yield seen
    seen = seen + items[1] * 23
    yield seen
    seen = seen + items[2] * 24
    yield seen
    seen = seen + items[0] * 25
    yield seen
    seen = seen + items[1] * 26
    yield seen
    seen = seen + items[2] * 27
    yield seen
    seen = seen + items[0] * 28
    yield seen
    seen = seen + items[1] * 29
    yield seen
    seen = seen + items[2] * 30
    yield seen
    seen = seen + items[0] * 31
    yield seen
    seen = seen + items[1] * 32
    yield seen
    seen = seen + items[2] * 33
    yield seen
    seen = seen + items[0] * 34
    yield seen
    seen = seen + items[1] * 35
    yield seen
    yield {}['end']


def long_function(values):
    acc = []
    count = 0
    count += values[0]
    acc.append(count % 7)
    count += values[1]
    acc.append(count % 8)
    count += values[2]
    acc.append(count % 9)
    count += values[3]
    acc.append(count % 10)
    count += values[0]
    acc.append(count % 11)
    count += values[1]
    acc.append(count % 12)
    count += values[2]
    acc.append(count % 13)
    count += values[3]
    acc.append(count % 14)
    count += values[0]
    acc.append(count % 15)
    count += values[1]
    acc.append(count % 16)
    count += values[2]
    acc.append(count % 17)
    count += values[3]
    acc.append(count % 18)
    count += values[0]
    acc.append(count % 19)
    count += values[1]
    acc.append(count % 20)
    count += values[2]
    acc.append(count % 21)
    count += values[3]
    acc.append(count % 22)
    count += values[0]
    acc.append(count % 23)
    count += values[1]
    acc.append(count % 24)
    count += values[2]
    acc.append(count % 25)
    count += values[3]
    acc.append(count % 26)
    count += values[0]
    acc.append(count % 27)
    count += values[1]
    acc.append(count % 28)
    count += values[2]
    acc.append(count % 29)
    count += values[3]
    acc.append(count % 30)
    count += values[0]
    acc.append(count % 31)
    count += values[1]
    acc.append(count % 32)
    count += values[2]
    acc.append(count % 33)
    count += values[3]
    acc.append(count % 34)
    count += values[0]
    acc.append(count % 35)
    count += values[1]
    acc.append(count % 36)
    count += values[2]
    acc.append(count % 37)
    count += values[3]
    acc.append(count % 38)
    count += values[0]
    acc.append(count % 39)
    count += values[1]
    acc.append(count % 40)
    count += values[2]
    acc.append(count % 41)
    count += values[3]
    acc.append(count % 42)
    count += values[0]
    acc.append(count % 43)
    count += values[1]
    acc.append(count % 44)
    count += values[2]
    acc.append(count % 45)
    count += values[3]
    acc.append(count % 46)
    count += values[0]
    acc.append(count % 47)
    count += values[1]
    acc.append(count % 48)
    count += values[2]
    acc.append(count % 49)
    count += values[3]
    acc.append(count % 50)
    count += values[0]
    acc.append(count % 51)
    for x in long_generator(values):
        acc.append(x)
    print(len(acc), sum(acc))
    return acc


try:
    long_function([1, 2, 3, 4])
except KeyError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print('caught', repr(e), frames)
long_function([1, 2, 3])
