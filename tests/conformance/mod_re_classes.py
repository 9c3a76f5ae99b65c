import re

def show(p, s, flags=0):
    try:
        print(repr(p), re.findall(p, s, flags))
    except re.error as e:
        print(repr(p), 'error', e)

s = 'abc-XYZ_019 \t\n.^]\\[éß'
for p in ['[abc]', '[^abc]', '[a-c]', '[a-cX-Z]', '[-a]', '[a-]', '[]a]', '[^]a]', r'[\]]', r'[\[]', '[.^]',
          '[^^]', r'[\d]', r'[\D]', r'[\w-]', r'[\s]', r'[\S]', r'[\W]', r'[^\W\d]', '[a-a]', r'[\\]',
          r'[\x41-\x5a]', r'[\u00e9]', r'[\n]', r'[\t\n]', r'[0-9a-fA-F]+', r'[\0]', r'[\101]', '[|]', '[$]',
          r'[\-a]', '[a-c-e]', r'[\b]']:
    show(p, s)
show('[a', 'a')
show('[', 'a')
show('[^', 'a')
show('[]', 'a')
show('[z-a]', 'a')
show(r'[\d-z]', 'a')
show(r'[a-\d]', 'a')
show(r'[\A]', 'a')
show(r'[\z]', 'a')
show(r'[\8]', 'a')
show('[a-c]', 'ABC', re.I)
show('[^a-c]', 'ABCd', re.I)
show('[A-C]', 'abc', re.I)
show(r'[\x00-\x7f]+', 'abcé')
show(r'[^\x00-\x7f]+', 'abcéü')
show('[ά-ώ]+', 'αβγ abc')
show('[\U0001F600-\U0001F64F]', 'x\U0001F601y\U0001F64Fz')
print(re.match('[a-z]+', 'hello World').group())
print(re.match(r'[\w.]+@[\w.]+', 'joe.x@host.org rest').group())
print(re.findall(r'[+*?]', 'a+b*c?'))
print(re.findall('[(){}]', '(a){b}'))
