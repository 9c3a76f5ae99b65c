# logging from CPython's Lib: loggers, levels, handlers, formatters, propagation, LoggerAdapter, filters.
import io
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')
log = logging.getLogger('app')
log.debug('hidden')
log.info('started %s with %d workers', 'svc', 4)
log.warning('careful')
logging.error('root error')
child = logging.getLogger('app.db')
child.setLevel(logging.DEBUG)
child.debug('query %r', ('select', 1))
print(child.parent is log, child.getEffectiveLevel(), log.getEffectiveLevel(), logging.getLevelName(30))
print(logging.getLevelName('ERROR'), log.isEnabledFor(logging.DEBUG), child.isEnabledFor(logging.DEBUG))

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('[%(levelname)-7s] %(name)s %(funcName)s: %(message)s'))
h.setLevel(logging.WARNING)
iso = logging.getLogger('iso')
iso.propagate = False
iso.addHandler(h)
iso.setLevel(logging.DEBUG)


def work():
    iso.info('not shown')
    iso.warning('shown')
    iso.error('bad %s', 'thing')


work()
print(buf.getvalue(), end='')


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.msg.endswith(('1', '3'))


h.addFilter(OnlyOdd())
for i in range(4):
    iso.warning('n%d' % i if False else 'n' + str(i))
print(buf.getvalue().splitlines()[-2:])
try:
    1 / 0
except ZeroDivisionError:
    iso.exception('failed')
print(buf.getvalue().splitlines()[-1], 'Traceback' in buf.getvalue())
adapter = logging.LoggerAdapter(logging.getLogger('app'), {'user': 'ann'})
adapter.info('adapted')
logging.getLogger('app').log(logging.CRITICAL, 'critical!')
rec = logging.LogRecord('n', logging.INFO, 'path.py', 10, 'msg %s', ('arg',), None)
print(rec.getMessage(), rec.levelname, rec.lineno)
fmt = logging.Formatter('%(message)s|%(levelno)d')
print(fmt.format(rec))
logging.disable(logging.CRITICAL)
log.critical('disabled')
logging.disable(logging.NOTSET)
log.info('enabled again')
print(logging.getLogger() is logging.root, logging.getLogger('app') is log)
