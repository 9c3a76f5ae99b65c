"""Mathematical functions for complex numbers (Krait's own cmath, following CPython's algorithms and its
special-value results for infinite and NaN parts)."""

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_I = _m.inf
_N = _m.nan
_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _m.sqrt(_LARGE)
_LOG_LARGE = _m.log(_LARGE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_isfinite = _m.isfinite
_isinf = _m.isinf
_isnan = _m.isnan
_copysign = _m.copysign
_atan2 = _m.atan2
_hypot = _m.hypot
_log = _m.log
_sqrt = _m.sqrt
_cos = _m.cos
_sin = _m.sin


def _z(x):
    """The argument as a complex number, as CPython's cmath converts it."""
    if type(x) is complex:
        return x
    if isinstance(x, complex):
        return complex(x.real, x.imag)
    conv = getattr(type(x), "__complex__", None)
    if conv is not None:
        r = conv(x)
        if not isinstance(r, complex):
            raise TypeError("__complex__ returned non-complex (type %s)" % type(r).__name__)
        return r
    if isinstance(x, float):
        return complex(x, 0.0)
    if hasattr(type(x), "__float__") or hasattr(type(x), "__index__"):
        return complex(float(x), 0.0)
    raise TypeError("must be real number, not %s" % type(x).__name__)


def _real(x):
    if isinstance(x, float):
        return float(x)
    if hasattr(type(x), "__float__") or hasattr(type(x), "__index__"):
        return float(x)
    raise TypeError("must be real number, not %s" % type(x).__name__)


def _cls(x):
    # Index into the special-value tables: -inf, negative, -0, +0, positive, +inf, nan.
    if x != x:
        return 6
    if x == _I:
        return 5
    if x == -_I:
        return 0
    if x == 0.0:
        return 2 if _copysign(1.0, x) < 0 else 3
    return 1 if x < 0 else 4


def _special(table, re, im):
    v = table[_cls(re) * 7 + _cls(im)]
    if v is None:
        raise ValueError("math domain error")
    return complex(v[0], v[1])


def _range_error():
    return OverflowError("math range error")


def _sqrt_c(re, im):
    if not (_isfinite(re) and _isfinite(im)):
        return _special(_T_SQRT, re, im)
    if re == 0.0 and im == 0.0:
        return complex(0.0, im)
    ax = abs(re)
    ay = abs(im)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_sqrt(ax + _hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if re >= 0.0:
        return complex(s, _copysign(d, im))
    return complex(d, _copysign(s, im))


def _log_c(re, im):
    # Returns (result, domain_error).
    if not (_isfinite(re) and _isfinite(im)):
        v = _T_LOG[_cls(re) * 7 + _cls(im)]
        return complex(v[0], v[1]), False
    ax = abs(re)
    ay = abs(im)
    err = False
    if ax > _LARGE or ay > _LARGE:
        lr = _log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            lr = _log(_hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
        else:
            lr = -_I
            err = True
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            lr = _m.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            lr = _log(h)
    return complex(lr, _atan2(im, re)), err


def _quot(a, b):
    # Complex division as CPython's c_quot does it (scaled; division by zero is a domain error).
    abs_breal = abs(b.real)
    abs_bimag = abs(b.imag)
    if abs_breal >= abs_bimag:
        if abs_breal == 0.0:
            raise ValueError("math domain error")
        ratio = b.imag / b.real
        denom = b.real + b.imag * ratio
        return complex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom)
    if abs_bimag >= abs_breal:
        ratio = b.real / b.imag
        denom = b.real * ratio + b.imag
        return complex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom)
    return complex(_N, _N)


def sqrt(z, /):
    """Return the square root of z."""
    z = _z(z)
    return _sqrt_c(z.real, z.imag)


def exp(z, /):
    """Return the exponential value e**z."""
    z = _z(z)
    re, im = z.real, z.imag
    if not (_isfinite(re) and _isfinite(im)):
        if _isinf(re) and _isfinite(im) and im != 0.0:
            if re > 0:
                return complex(_copysign(_I, _cos(im)), _copysign(_I, _sin(im)))
            return complex(_copysign(0.0, _cos(im)), _copysign(0.0, _sin(im)))
        return _special(_T_EXP, re, im)
    if re > _LOG_LARGE:
        l = _m.exp(re - 1.0)
        r = complex(l * _cos(im) * e, l * _sin(im) * e)
    else:
        l = _m.exp(re)
        r = complex(l * _cos(im), l * _sin(im))
    if _isinf(r.real) or _isinf(r.imag):
        raise _range_error()
    return r


def log(z, base=None, /):
    """log(z[, base]) -> the logarithm of z to the given base (natural logarithm by default)."""
    z = _z(z)
    r, err = _log_c(z.real, z.imag)
    if base is not None:
        b = _z(base)
        lb, err2 = _log_c(b.real, b.imag)
        err = err or err2
        r = _quot(r, lb)
    if err:
        raise ValueError("math domain error")
    return r


def log10(z, /):
    """Return the base-10 logarithm of z."""
    z = _z(z)
    r, err = _log_c(z.real, z.imag)
    if err:
        raise ValueError("math domain error")
    return complex(r.real / _LN10, r.imag / _LN10)


def _asinh_c(re, im):
    if not (_isfinite(re) and _isfinite(im)):
        return _special(_T_ASINH, re, im)
    if abs(re) > _LARGE or abs(im) > _LARGE:
        if im >= 0:
            rr = _copysign(_log(_hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0, re)
        else:
            rr = -_copysign(_log(_hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0, -re)
        return complex(rr, _atan2(im, abs(re)))
    s1 = _sqrt_c(1.0 + im, -re)
    s2 = _sqrt_c(1.0 - im, re)
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _atan2(im, s1.real * s2.real - s1.imag * s2.imag))


def asinh(z, /):
    """Return the inverse hyperbolic sine of z."""
    z = _z(z)
    return _asinh_c(z.real, z.imag)


def asin(z, /):
    """Return the arc sine of z."""
    z = _z(z)
    s = _asinh_c(-z.imag, z.real)
    return complex(s.imag, -s.real)


def acos(z, /):
    """Return the arc cosine of z."""
    z = _z(z)
    re, im = z.real, z.imag
    if not (_isfinite(re) and _isfinite(im)):
        return _special(_T_ACOS, re, im)
    if abs(re) > _LARGE or abs(im) > _LARGE:
        rr = _atan2(abs(im), re)
        if re < 0:
            ri = -_copysign(_log(_hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0, im)
        else:
            ri = _copysign(_log(_hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0, -im)
        return complex(rr, ri)
    s1 = _sqrt_c(1.0 - re, -im)
    s2 = _sqrt_c(1.0 + re, im)
    return complex(2.0 * _atan2(s1.real, s2.real), _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z, /):
    """Return the inverse hyperbolic cosine of z."""
    z = _z(z)
    re, im = z.real, z.imag
    if not (_isfinite(re) and _isfinite(im)):
        return _special(_T_ACOSH, re, im)
    if abs(re) > _LARGE or abs(im) > _LARGE:
        return complex(_log(_hypot(re / 2.0, im / 2.0)) + _LN2 * 2.0, _atan2(im, re))
    s1 = _sqrt_c(re - 1.0, im)
    s2 = _sqrt_c(re + 1.0, im)
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * _atan2(s1.imag, s2.real))


def _atanh_c(re, im):
    if not (_isfinite(re) and _isfinite(im)):
        return _special(_T_ATANH, re, im)
    if re < 0.0:
        r = _atanh_c(-re, -im)
        return complex(-r.real, -r.imag)
    ay = abs(im)
    if re > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _hypot(re / 2.0, im / 2.0)
        return complex(re / 4.0 / h / h, -_copysign(pi / 2.0, -im))
    if re == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise ValueError("math domain error")
        return complex(-_log(_sqrt(ay) / _sqrt(_hypot(ay, 2.0))), _copysign(_atan2(2.0, -ay) / 2.0, im))
    return complex(_m.log1p(4.0 * re / ((1 - re) * (1 - re) + ay * ay)) / 4.0,
                   -_atan2(-2.0 * im, (1 - re) * (1 + re) - ay * ay) / 2.0)


def atanh(z, /):
    """Return the inverse hyperbolic tangent of z."""
    z = _z(z)
    return _atanh_c(z.real, z.imag)


def atan(z, /):
    """Return the arc tangent of z."""
    z = _z(z)
    s = _atanh_c(-z.imag, z.real)
    return complex(s.imag, -s.real)


def _cosh_c(re, im):
    if not (_isfinite(re) and _isfinite(im)):
        if _isinf(re) and _isfinite(im) and im != 0.0:
            if re > 0:
                return complex(_copysign(_I, _cos(im)), _copysign(_I, _sin(im)))
            return complex(_copysign(_I, _cos(im)), -_copysign(_I, _sin(im)))
        return _special(_T_COSH, re, im)
    if abs(re) > _LOG_LARGE:
        xm1 = re - _copysign(1.0, re)
        r = complex(_cos(im) * _m.cosh(xm1) * e, _sin(im) * _m.sinh(xm1) * e)
    else:
        r = complex(_cos(im) * _m.cosh(re), _sin(im) * _m.sinh(re))
    if _isinf(r.real) or _isinf(r.imag):
        raise _range_error()
    return r


def _sinh_c(re, im):
    if not (_isfinite(re) and _isfinite(im)):
        if _isinf(re) and _isfinite(im) and im != 0.0:
            if re > 0:
                return complex(_copysign(_I, _cos(im)), _copysign(_I, _sin(im)))
            return complex(-_copysign(_I, _cos(im)), _copysign(_I, _sin(im)))
        return _special(_T_SINH, re, im)
    if abs(re) > _LOG_LARGE:
        xm1 = re - _copysign(1.0, re)
        r = complex(_cos(im) * _m.sinh(xm1) * e, _sin(im) * _m.cosh(xm1) * e)
    else:
        r = complex(_cos(im) * _m.sinh(re), _sin(im) * _m.cosh(re))
    if _isinf(r.real) or _isinf(r.imag):
        raise _range_error()
    return r


def _tanh_c(re, im):
    if not (_isfinite(re) and _isfinite(im)):
        if _isinf(re) and _isfinite(im) and im != 0.0:
            return complex(1.0 if re > 0 else -1.0, _copysign(0.0, 2.0 * _sin(im) * _cos(im)))
        return _special(_T_TANH, re, im)
    if abs(re) > _LOG_LARGE:
        return complex(_copysign(1.0, re), 4.0 * _sin(im) * _cos(im) * _m.exp(-2.0 * abs(re)))
    tx = _m.tanh(re)
    ty = _m.tan(im)
    cx = 1.0 / _m.cosh(re)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def cosh(z, /):
    """Return the hyperbolic cosine of z."""
    z = _z(z)
    return _cosh_c(z.real, z.imag)


def sinh(z, /):
    """Return the hyperbolic sine of z."""
    z = _z(z)
    return _sinh_c(z.real, z.imag)


def tanh(z, /):
    """Return the hyperbolic tangent of z."""
    z = _z(z)
    return _tanh_c(z.real, z.imag)


def cos(z, /):
    """Return the cosine of z."""
    z = _z(z)
    return _cosh_c(-z.imag, z.real)


def sin(z, /):
    """Return the sine of z."""
    z = _z(z)
    s = _sinh_c(-z.imag, z.real)
    return complex(s.imag, -s.real)


def tan(z, /):
    """Return the tangent of z."""
    z = _z(z)
    s = _tanh_c(-z.imag, z.real)
    return complex(s.imag, -s.real)


def phase(z, /):
    """Return argument, also known as the phase angle, of a complex."""
    z = _z(z)
    r = _atan2(z.imag, z.real)
    if r == 0.0 and z.imag != 0.0 and 0.0 < z.real < _I and z.imag == z.imag:
        # libm's atan2 reports the underflow (ERANGE), which cmath turns into OverflowError.
        raise OverflowError("math range error")
    return r


def _abs(re, im):
    if not (_isfinite(re) and _isfinite(im)):
        if _isinf(re) or _isinf(im):
            return _I
        return _N
    r = _hypot(re, im)
    if _isinf(r):
        raise OverflowError("absolute value too large")
    return r


def polar(z, /):
    """Convert a complex from rectangular coordinates to polar coordinates."""
    z = _z(z)
    return _abs(z.real, z.imag), _atan2(z.imag, z.real)


def rect(r, phi, /):
    """Convert from polar coordinates to rectangular coordinates."""
    r = _real(r)
    phi = _real(phi)
    if not (_isfinite(r) and _isfinite(phi)):
        if _isinf(r) and _isfinite(phi) and phi != 0.0:
            if r > 0:
                return complex(_copysign(_I, _cos(phi)), _copysign(_I, _sin(phi)))
            return complex(-_copysign(_I, _cos(phi)), -_copysign(_I, _sin(phi)))
        return _special(_T_RECT, r, phi)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _cos(phi), r * _sin(phi))


def isfinite(z, /):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    z = _z(z)
    return _isfinite(z.real) and _isfinite(z.imag)


def isinf(z, /):
    """Checks if the real or imaginary part of z is infinite."""
    z = _z(z)
    return _isinf(z.real) or _isinf(z.imag)


def isnan(z, /):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    z = _z(z)
    return _isnan(z.real) or _isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value."""
    a = _z(a)
    b = _z(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if _isinf(a.real) or _isinf(a.imag) or _isinf(b.real) or _isinf(b.imag):
        return False
    d = b - a
    diff = _abs(d.real, d.imag)
    return (diff <= rel_tol * _abs(b.real, b.imag)) or (diff <= rel_tol * _abs(a.real, a.imag)) or diff <= abs_tol


# Results for infinite and NaN parts, by class of (real, imaginary): -inf, negative, -0, +0, positive, +inf, nan.
_T_EXP = ((0.0, 0.0), (-0.0, -0.0), (0.0, -0.0), (0.0, 0.0), (-0.0, 0.0), (0.0, 0.0), (0.0, 0.0), None, (-0.06576187257971536, -0.04912558512521504), (0.0820849986238988, -0.0), (0.0820849986238988, 0.0), (-0.06576187257971536, 0.04912558512521504), None, (_N, _N), None, (-0.8011436155469337, -0.5984721441039565), (1.0, -0.0), (1.0, 0.0), (-0.8011436155469337, 0.5984721441039565), None, (_N, _N), None, (-0.8011436155469337, -0.5984721441039565), (1.0, -0.0), (1.0, 0.0), (-0.8011436155469337, 0.5984721441039565), None, (_N, _N), None, (-9.759927258056665, -7.290883281195709), (12.182493960703473, -0.0), (12.182493960703473, 0.0), (-9.759927258056665, 7.290883281195709), None, (_N, _N), None, (-_I, -_I), (_I, -0.0), (_I, 0.0), (-_I, _I), None, (_I, _N), (_N, _N), (_N, _N), (_N, -0.0), (_N, 0.0), (_N, _N), (_N, _N), (_N, _N))
_T_LOG = ((_I, -2.356194490192345), (_I, -3.141592653589793), (_I, -3.141592653589793), (_I, 3.141592653589793), (_I, 3.141592653589793), (_I, 2.356194490192345), (_I, _N), (_I, -1.5707963267948966), (1.2628643221541278, -2.356194490192345), (0.9162907318741551, -3.141592653589793), (0.9162907318741551, 3.141592653589793), (1.2628643221541278, 2.356194490192345), (_I, 1.5707963267948966), (_N, _N), (_I, -1.5707963267948966), (0.9162907318741551, -1.5707963267948966), None, None, (0.9162907318741551, 1.5707963267948966), (_I, 1.5707963267948966), (_N, _N), (_I, -1.5707963267948966), (0.9162907318741551, -1.5707963267948966), None, None, (0.9162907318741551, 1.5707963267948966), (_I, 1.5707963267948966), (_N, _N), (_I, -1.5707963267948966), (1.2628643221541278, -0.7853981633974483), (0.9162907318741551, -0.0), (0.9162907318741551, 0.0), (1.2628643221541278, 0.7853981633974483), (_I, 1.5707963267948966), (_N, _N), (_I, -0.7853981633974483), (_I, -0.0), (_I, -0.0), (_I, 0.0), (_I, 0.0), (_I, 0.7853981633974483), (_I, _N), (_I, _N), (_N, _N), (_N, _N), (_N, _N), (_N, _N), (_I, _N), (_N, _N))
_T_SQRT = ((_I, -_I), (0.0, -_I), (0.0, -_I), (0.0, _I), (0.0, _I), (_I, _I), (_N, _I), (_I, -_I), (0.7195602497125371, -1.7371721138005782), (0.0, -1.5811388300841898), (0.0, 1.5811388300841898), (0.7195602497125371, 1.7371721138005782), (_I, _I), (_N, _N), (_I, -_I), (1.118033988749895, -1.118033988749895), (0.0, -0.0), (0.0, 0.0), (1.118033988749895, 1.118033988749895), (_I, _I), (_N, _N), (_I, -_I), (1.118033988749895, -1.118033988749895), (0.0, -0.0), (0.0, 0.0), (1.118033988749895, 1.118033988749895), (_I, _I), (_N, _N), (_I, -_I), (1.7371721138005782, -0.7195602497125371), (1.5811388300841898, -0.0), (1.5811388300841898, 0.0), (1.7371721138005782, 0.7195602497125371), (_I, _I), (_N, _N), (_I, -_I), (_I, -0.0), (_I, -0.0), (_I, 0.0), (_I, 0.0), (_I, _I), (_I, _N), (_I, -_I), (_N, _N), (_N, _N), (_N, _N), (_N, _N), (_I, _I), (_N, _N))
_T_ACOS = ((2.356194490192345, _I), (3.141592653589793, _I), (3.141592653589793, _I), (3.141592653589793, -_I), (3.141592653589793, -_I), (2.356194490192345, -_I), (_N, _I), (1.5707963267948966, _I), (2.336221076531418, 1.9566101076215752), (3.141592653589793, 1.5667992369724109), (3.141592653589793, -1.5667992369724109), (2.336221076531418, -1.9566101076215752), (1.5707963267948966, -_I), (_N, _N), (1.5707963267948966, _I), (1.5707963267948966, 1.6472311463710958), (1.5707963267948966, 0.0), (1.5707963267948966, -0.0), (1.5707963267948966, -1.6472311463710958), (1.5707963267948966, -_I), (1.5707963267948966, _N), (1.5707963267948966, _I), (1.5707963267948966, 1.6472311463710958), (1.5707963267948966, 0.0), (1.5707963267948966, -0.0), (1.5707963267948966, -1.6472311463710958), (1.5707963267948966, -_I), (1.5707963267948966, _N), (1.5707963267948966, _I), (0.8053715770583753, 1.9566101076215752), (0.0, 1.5667992369724109), (0.0, -1.5667992369724109), (0.8053715770583753, -1.9566101076215752), (1.5707963267948966, -_I), (_N, _N), (0.7853981633974483, _I), (0.0, _I), (0.0, _I), (0.0, -_I), (0.0, -_I), (0.7853981633974483, -_I), (_N, _I), (_N, _I), (_N, _N), (_N, _N), (_N, _N), (_N, _N), (_N, -_I), (_N, _N))
_T_ACOSH = ((_I, -2.356194490192345), (_I, -3.141592653589793), (_I, -3.141592653589793), (_I, 3.141592653589793), (_I, 3.141592653589793), (_I, 2.356194490192345), (_I, _N), (_I, -1.5707963267948966), (1.9566101076215752, -2.336221076531418), (1.5667992369724109, -3.141592653589793), (1.5667992369724109, 3.141592653589793), (1.9566101076215752, 2.336221076531418), (_I, 1.5707963267948966), (_N, _N), (_I, -1.5707963267948966), (1.6472311463710958, -1.5707963267948966), (0.0, -1.5707963267948966), (0.0, 1.5707963267948966), (1.6472311463710958, 1.5707963267948966), (_I, 1.5707963267948966), (_N, _N), (_I, -1.5707963267948966), (1.6472311463710958, -1.5707963267948966), (0.0, -1.5707963267948966), (0.0, 1.5707963267948966), (1.6472311463710958, 1.5707963267948966), (_I, 1.5707963267948966), (_N, _N), (_I, -1.5707963267948966), (1.9566101076215752, -0.8053715770583753), (1.5667992369724109, -0.0), (1.5667992369724109, 0.0), (1.9566101076215752, 0.8053715770583753), (_I, 1.5707963267948966), (_N, _N), (_I, -0.7853981633974483), (_I, -0.0), (_I, -0.0), (_I, 0.0), (_I, 0.0), (_I, 0.7853981633974483), (_I, _N), (_I, _N), (_N, _N), (_N, _N), (_N, _N), (_N, _N), (_I, _N), (_N, _N))
_T_ASINH = ((-_I, -0.7853981633974483), (-_I, -0.0), (-_I, -0.0), (-_I, 0.0), (-_I, 0.0), (-_I, 0.7853981633974483), (-_I, _N), (-_I, -1.5707963267948966), (-1.9566101076215752, -0.7654247497365214), (-1.6472311463710958, -0.0), (-1.6472311463710958, 0.0), (-1.9566101076215752, 0.7654247497365214), (-_I, 1.5707963267948966), (_N, _N), (-_I, -1.5707963267948966), (-1.5667992369724109, -1.5707963267948966), (-0.0, -0.0), (-0.0, 0.0), (-1.5667992369724109, 1.5707963267948966), (-_I, 1.5707963267948966), (_N, _N), (_I, -1.5707963267948966), (1.5667992369724109, -1.5707963267948966), (0.0, -0.0), (0.0, 0.0), (1.5667992369724109, 1.5707963267948966), (_I, 1.5707963267948966), (_N, _N), (_I, -1.5707963267948966), (1.9566101076215752, -0.7654247497365214), (1.6472311463710958, -0.0), (1.6472311463710958, 0.0), (1.9566101076215752, 0.7654247497365214), (_I, 1.5707963267948966), (_N, _N), (_I, -0.7853981633974483), (_I, -0.0), (_I, -0.0), (_I, 0.0), (_I, 0.0), (_I, 0.7853981633974483), (_I, _N), (_I, _N), (_N, _N), (_N, -0.0), (_N, 0.0), (_N, _N), (_I, _N), (_N, _N))
_T_ATANH = ((-0.0, -1.5707963267948966), (-0.0, -1.5707963267948966), (-0.0, -1.5707963267948966), (-0.0, 1.5707963267948966), (-0.0, 1.5707963267948966), (-0.0, 1.5707963267948966), (-0.0, _N), (-0.0, -1.5707963267948966), (-0.1944261421470021, -1.3657326565241512), (-0.42364893019360184, -1.5707963267948966), (-0.42364893019360184, 1.5707963267948966), (-0.1944261421470021, 1.3657326565241512), (-0.0, 1.5707963267948966), (_N, _N), (-0.0, -1.5707963267948966), (-0.0, -1.1902899496825317), (-0.0, -0.0), (-0.0, 0.0), (-0.0, 1.1902899496825317), (-0.0, 1.5707963267948966), (-0.0, _N), (0.0, -1.5707963267948966), (0.0, -1.1902899496825317), (0.0, -0.0), (0.0, 0.0), (0.0, 1.1902899496825317), (0.0, 1.5707963267948966), (0.0, _N), (0.0, -1.5707963267948966), (0.1944261421470021, -1.3657326565241512), (0.42364893019360184, -1.5707963267948966), (0.42364893019360184, 1.5707963267948966), (0.1944261421470021, 1.3657326565241512), (0.0, 1.5707963267948966), (_N, _N), (0.0, -1.5707963267948966), (0.0, -1.5707963267948966), (0.0, -1.5707963267948966), (0.0, 1.5707963267948966), (0.0, 1.5707963267948966), (0.0, 1.5707963267948966), (0.0, _N), (0.0, -1.5707963267948966), (_N, _N), (_N, _N), (_N, _N), (_N, _N), (0.0, 1.5707963267948966), (_N, _N))
_T_COSH = (None, (-_I, _I), (_I, 0.0), (_I, -0.0), (-_I, -_I), None, (_I, _N), None, (-4.91284456531819, 3.620878848035247), (6.132289479663686, 0.0), (6.132289479663686, -0.0), (-4.91284456531819, -3.620878848035247), None, (_N, _N), None, (-0.8011436155469337, 0.0), (1.0, 0.0), (1.0, -0.0), (-0.8011436155469337, -0.0), None, (_N, 0.0), None, (-0.8011436155469337, -0.0), (1.0, -0.0), (1.0, 0.0), (-0.8011436155469337, 0.0), None, (_N, 0.0), None, (-4.91284456531819, -3.620878848035247), (6.132289479663686, -0.0), (6.132289479663686, 0.0), (-4.91284456531819, 3.620878848035247), None, (_N, _N), None, (-_I, -_I), (_I, -0.0), (_I, 0.0), (-_I, _I), None, (_I, _N), (_N, _N), (_N, _N), (_N, 0.0), (_N, 0.0), (_N, _N), (_N, _N), (_N, _N))
_T_SINH = (None, (_I, -_I), (-_I, -0.0), (-_I, 0.0), (_I, _I), None, (_I, _N), None, (4.847082692738475, -3.670004433160462), (-6.0502044810397875, -0.0), (-6.0502044810397875, 0.0), (4.847082692738475, 3.670004433160462), None, (_N, _N), None, (0.0, -0.5984721441039565), (-0.0, -0.0), (-0.0, 0.0), (0.0, 0.5984721441039565), None, (0.0, _N), None, (-0.0, -0.5984721441039565), (0.0, -0.0), (0.0, 0.0), (-0.0, 0.5984721441039565), None, (0.0, _N), None, (-4.847082692738475, -3.670004433160462), (6.0502044810397875, -0.0), (6.0502044810397875, 0.0), (-4.847082692738475, 3.670004433160462), None, (_N, _N), None, (-_I, -_I), (_I, -0.0), (_I, 0.0), (-_I, _I), None, (_I, _N), (_N, _N), (_N, _N), (_N, -0.0), (_N, 0.0), (_N, _N), (_N, _N), (_N, _N))
_T_TANH = ((-1.0, 0.0), (-1.0, 0.0), (-1.0, -0.0), (-1.0, 0.0), (-1.0, -0.0), (-1.0, 0.0), (-1.0, 0.0), None, (-0.9961016773157655, 0.012872570755000078), (-0.9866142981514303, -0.0), (-0.9866142981514303, 0.0), (-0.9961016773157655, -0.012872570755000078), None, (_N, _N), None, (-0.0, 0.7470222972386603), (-0.0, -0.0), (-0.0, 0.0), (-0.0, -0.7470222972386603), None, (_N, _N), None, (0.0, 0.7470222972386603), (0.0, -0.0), (0.0, 0.0), (0.0, -0.7470222972386603), None, (_N, _N), None, (0.9961016773157655, 0.012872570755000078), (0.9866142981514303, -0.0), (0.9866142981514303, 0.0), (0.9961016773157655, -0.012872570755000078), None, (_N, _N), (1.0, 0.0), (1.0, 0.0), (1.0, -0.0), (1.0, 0.0), (1.0, -0.0), (1.0, 0.0), (1.0, 0.0), (_N, _N), (_N, _N), (_N, -0.0), (_N, 0.0), (_N, _N), (_N, _N), (_N, _N))
_T_RECT = (None, (_I, _I), (-_I, 0.0), (-_I, -0.0), (_I, -_I), None, (_I, _N), None, (2.002859038867334, 1.4961803602598913), (-2.5, 0.0), (-2.5, -0.0), (2.002859038867334, -1.4961803602598913), None, (_N, _N), (0.0, 0.0), (0.0, 0.0), (-0.0, 0.0), (-0.0, -0.0), (0.0, -0.0), (0.0, 0.0), (0.0, 0.0), (0.0, 0.0), (-0.0, -0.0), (0.0, -0.0), (0.0, 0.0), (-0.0, 0.0), (0.0, 0.0), (0.0, 0.0), None, (-2.002859038867334, -1.4961803602598913), (2.5, -0.0), (2.5, 0.0), (-2.002859038867334, 1.4961803602598913), None, (_N, _N), None, (-_I, -_I), (_I, -0.0), (_I, 0.0), (-_I, _I), None, (_I, _N), (_N, _N), (_N, _N), (_N, 0.0), (_N, 0.0), (_N, _N), (_N, _N), (_N, _N))
