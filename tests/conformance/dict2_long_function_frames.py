# Long functions (100+ operations that can raise) are compiled with their locals read by reference in the
# frame's exception filter. Tracebacks from them must still show the right line and the frame's locals:
# rebound, unbound, deleted, cell and loop variables, from plain code, loops, comprehensions and handlers.
import sys


def last_frame(tb):
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb


def show(label, e):
    tb = last_frame(e.__traceback__)
    loc = tb.tb_frame.f_locals
    keys = sorted(k for k in loc if not k.startswith('_'))
    print(label, type(e).__name__, e, 'line', tb.tb_lineno - FIRST, tb.tb_frame.f_code.co_name)
    if tb.tb_frame.f_code.co_name == 'big':
        shown = ['%s=%r' % (k, loc[k]) for k in keys if k not in ('data', 'names', 'helper')]
        print('   ', ', '.join(shown), 'helper' in loc, len(loc['names']))


FIRST = sys._getframe().f_lineno + 2

def big(stop, data):
    total = 0
    names = {}
    scale = 2
    def helper(x):
        return x * scale
    total = total + data[0]
    names['k0'] = helper(total)
    if stop == 0: marker = names['missing0']
    total = total + data[1]
    names['k1'] = helper(total)
    if stop == 1: marker = names['missing1']
    total = total + data[2]
    names['k2'] = helper(total)
    if stop == 2: marker = names['missing2']
    total = total + data[3]
    names['k3'] = helper(total)
    if stop == 3: marker = names['missing3']
    total = total + data[4]
    names['k4'] = helper(total)
    if stop == 4: marker = names['missing4']
    total = total + data[0]
    names['k5'] = helper(total)
    gone = total
    del gone
    if stop == 5: marker = names['missing5']
    total = total + data[1]
    names['k6'] = helper(total)
    if stop == 6: marker = names['missing6']
    total = total + data[2]
    names['k7'] = helper(total)
    if stop == 7: marker = names['missing7']
    total = total + data[3]
    names['k8'] = helper(total)
    if stop == 8: marker = names['missing8']
    total = total + data[4]
    names['k9'] = helper(total)
    if stop == 9: marker = names['missing9']
    total = total + data[0]
    names['k10'] = helper(total)
    for j in range(3):
        if stop == 100 + j: total = total / (j - j)
    if stop == 10: marker = names['missing10']
    total = total + data[1]
    names['k11'] = helper(total)
    if stop == 11: marker = names['missing11']
    total = total + data[2]
    names['k12'] = helper(total)
    if stop == 12: marker = names['missing12']
    total = total + data[3]
    names['k13'] = helper(total)
    if stop == 13: marker = names['missing13']
    total = total + data[4]
    names['k14'] = helper(total)
    if stop == 14: marker = names['missing14']
    total = total + data[0]
    names['k15'] = helper(total)
    squares = [n * n // (n - stop + 200) for n in range(5)]
    if stop == 15: marker = names['missing15']
    total = total + data[1]
    names['k16'] = helper(total)
    if stop == 16: marker = names['missing16']
    total = total + data[2]
    names['k17'] = helper(total)
    if stop == 17: marker = names['missing17']
    total = total + data[3]
    names['k18'] = helper(total)
    if stop == 18: marker = names['missing18']
    total = total + data[4]
    names['k19'] = helper(total)
    if stop == 19: marker = names['missing19']
    total = total + data[0]
    names['k20'] = helper(total)
    try:
        names['x'] = data[stop]
    except IndexError:
        caught = 'index'
        if stop == 300: raise ValueError('from handler')
    if stop == 20: marker = names['missing20']
    total = total + data[1]
    names['k21'] = helper(total)
    if stop == 21: marker = names['missing21']
    total = total + data[2]
    names['k22'] = helper(total)
    if stop == 22: marker = names['missing22']
    total = total + data[3]
    names['k23'] = helper(total)
    if stop == 23: marker = names['missing23']
    total = total + data[4]
    names['k24'] = helper(total)
    if stop == 24: marker = names['missing24']
    total = total + data[0]
    names['k25'] = helper(total)
    label = 'after%d' % i if False else 'after25'
    if stop == 25: marker = names['missing25']
    total = total + data[1]
    names['k26'] = helper(total)
    if stop == 26: marker = names['missing26']
    total = total + data[2]
    names['k27'] = helper(total)
    if stop == 27: marker = names['missing27']
    total = total + data[3]
    names['k28'] = helper(total)
    if stop == 28: marker = names['missing28']
    total = total + data[4]
    names['k29'] = helper(total)
    if stop == 29: marker = names['missing29']
    total = total + data[0]
    names['k30'] = helper(total)
    if stop == 30: marker = names['missing30']
    total = total + data[1]
    names['k31'] = helper(total)
    if stop == 31: marker = names['missing31']
    total = total + data[2]
    names['k32'] = helper(total)
    if stop == 32: marker = names['missing32']
    total = total + data[3]
    names['k33'] = helper(total)
    if stop == 33: marker = names['missing33']
    total = total + data[4]
    names['k34'] = helper(total)
    if stop == 34: marker = names['missing34']
    total = total + data[0]
    names['k35'] = helper(total)
    if stop == 35: marker = names['missing35']
    total = total + data[1]
    names['k36'] = helper(total)
    if stop == 36: marker = names['missing36']
    total = total + data[2]
    names['k37'] = helper(total)
    if stop == 37: marker = names['missing37']
    total = total + data[3]
    names['k38'] = helper(total)
    if stop == 38: marker = names['missing38']
    total = total + data[4]
    names['k39'] = helper(total)
    if stop == 39: marker = names['missing39']
    return total, len(names)


print(big(-1, [1, 2, 3, 4, 5]))
for stop in (0, 6, 12, 101, 102, 16, 200, 300, 26, 39):
    try:
        big(stop, [1, 2, 3, 4, 5])
    except Exception as e:
        show(stop, e)
