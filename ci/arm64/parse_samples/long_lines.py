# Long lines: the vectorized ASCII and quote scans (AdvSimd on ARM64, SSE/AVX on x64) at every offset.
s0 = 'ébbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' + "\\" + "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"q"
r0 = n_ü0 = 1
b0 = b'\x00wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww'
s3 = 'aaaébbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' + "xxx\\" + "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"q"
r3 = nnnn_ü3 = 1111
b3 = b'zzz\x00wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww'
s6 = 'aaaaaaébbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' + "xxxxxx\\" + "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"q"
r6 = nnnnnnn_ü6 = 1111111
b6 = b'zzzzzz\x00wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww'
s9 = 'aaaaaaaaaébbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' + "xxxxxxxxx\\" + "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"q"
r9 = nnnnnnnnnn_ü9 = 1111111111
b9 = b'zzzzzzzzz\x00wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww'
s12 = 'aaaaaaaaaaaaébbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' + "xxxxxxxxxxxx\\" + "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"q"
r12 = nnnnnnnnnnnnn_ü12 = 1111111111111
b12 = b'zzzzzzzzzzzz\x00wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww'
s15 = 'aaaaaaaaaaaaaaaébbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' + "xxxxxxxxxxxxxxx\\" + "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"q"
r15 = nnnnnnnnnnnnnnnn_ü15 = 1111111111111111
b15 = b'zzzzzzzzzzzzzzz\x00wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww'
s18 = 'aaaaaaaaaaaaaaaaaaébbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' + "xxxxxxxxxxxxxxxxxx\\" + "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"q"
r18 = nnnnnnnnnnnnnnnnnnn_ü18 = 1111111111111111111
b18 = b'zzzzzzzzzzzzzzzzzz\x00wwwwwwwwwwwwwwwwwwwwwwwwwwwwwww'
s21 = 'aaaaaaaaaaaaaaaaaaaaaébbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' + "xxxxxxxxxxxxxxxxxxxxx\\" + "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"q"
r21 = nnnnnnnnnnnnnnnnnnnnnn_ü21 = 1111111111111111111111
b21 = b'zzzzzzzzzzzzzzzzzzzzz\x00wwwwwwwwwwwwwwwwwwwwwwwwwwwwww'
s24 = 'aaaaaaaaaaaaaaaaaaaaaaaaébbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' + "xxxxxxxxxxxxxxxxxxxxxxxx\\" + "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"q"
r24 = nnnnnnnnnnnnnnnnnnnnnnnnn_ü24 = 1111111111111111111111111
b24 = b'zzzzzzzzzzzzzzzzzzzzzzzz\x00wwwwwwwwwwwwwwwwwwwwwwwwwwww'
s27 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaébbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' + "xxxxxxxxxxxxxxxxxxxxxxxxxxx\\" + "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"q"
r27 = nnnnnnnnnnnnnnnnnnnnnnnnnnnn_ü27 = 1111111111111111111111111111
b27 = b'zzzzzzzzzzzzzzzzzzzzzzzzzzz\x00wwwwwwwwwwwwwwwwwwwwwwwwwww'
s30 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaébbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\" + "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"q"
r30 = nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn_ü30 = 1111111111111111111111111111111
b30 = b'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\x00wwwwwwwwwwwwwwwwwwwwwwwww'
s33 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaébbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\" + "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"q"
r33 = nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn_ü33 = 1111111111111111111111111111111111
b33 = b'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\x00wwwwwwwwwwwwwwwwwwwwwwww'
s36 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaébbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\" + "yyyyyyyyyyyyyyyyyyyyyyyyyyyy\"q"
r36 = nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn_ü36 = 1111111111111111111111111111111111111
b36 = b'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\x00wwwwwwwwwwwwwwwwwwwwww'
s39 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaébbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\" + "yyyyyyyyyyyyyyyyyyyyyyyyy\"q"
r39 = nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn_ü39 = 1111111111111111111111111111111111111111
b39 = b'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\x00wwwwwwwwwwwwwwwwwwwww'
s42 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaébbbbbbbbbbbbbbbbbbbbbbbbbbbb' + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\" + "yyyyyyyyyyyyyyyyyyyyyy\"q"
r42 = nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn_ü42 = 1111111111111111111111111111111111111111111
b42 = b'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\x00wwwwwwwwwwwwwwwwwww'
s45 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaébbbbbbbbbbbbbbbbbbbbbbbbb' + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\" + "yyyyyyyyyyyyyyyyyyy\"q"
r45 = nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn_ü45 = 1111111111111111111111111111111111111111111111
b45 = b'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\x00wwwwwwwwwwwwwwwwww'
s48 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaébbbbbbbbbbbbbbbbbbbbbb' + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\" + "yyyyyyyyyyyyyyyy\"q"
r48 = nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn_ü48 = 1111111111111111111111111111111111111111111111111
b48 = b'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\x00wwwwwwwwwwwwwwww'
s51 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaébbbbbbbbbbbbbbbbbbb' + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\" + "yyyyyyyyyyyyy\"q"
r51 = nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn_ü51 = 1111111111111111111111111111111111111111111111111111
b51 = b'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\x00wwwwwwwwwwwwwww'
s54 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaébbbbbbbbbbbbbbbb' + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\" + "yyyyyyyyyy\"q"
r54 = nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn_ü54 = 1111111111111111111111111111111111111111111111111111111
b54 = b'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\x00wwwwwwwwwwwww'
s57 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaébbbbbbbbbbbbb' + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\" + "yyyyyyy\"q"
r57 = nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn_ü57 = 1111111111111111111111111111111111111111111111111111111111
b57 = b'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\x00wwwwwwwwwwww'
s60 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaébbbbbbbbbb' + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\" + "yyyy\"q"
r60 = nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn_ü60 = 1111111111111111111111111111111111111111111111111111111111111
b60 = b'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\x00wwwwwwwwww'
s63 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaébbbbbbb' + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\" + "y\"q"
r63 = nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn_ü63 = 1111111111111111111111111111111111111111111111111111111111111111
b63 = b'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\x00wwwwwwwww'
s66 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaébbbb' + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\" + "\"q"
r66 = nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn_ü66 = 1111111111111111111111111111111111111111111111111111111111111111111
b66 = b'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\x00wwwwwww'
s69 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaéb' + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\" + "\"q"
r69 = nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn_ü69 = 1111111111111111111111111111111111111111111111111111111111111111111111
b69 = b'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\x00wwwwww'
