"""The posix module: the operating system interface os is built on. Krait's os is native, so posix offers the
same functions under this name (programs such as shutil import it when os.name == 'posix')."""

from os import *
from os import environ, error, stat_result
