# traceback: more than 15 sub-exceptions are elided
raise ExceptionGroup("wide", [ValueError(i) for i in range(18)])
