# traceback carets: a binary operation split over lines reports the line it starts on
a = 1
b = (a
     + "x")
