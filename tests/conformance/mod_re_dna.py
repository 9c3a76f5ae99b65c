import re

seq = ''
chunks = ['agggtaaa', 'tttaccct', 'cgggtaaa', 'tttacccg', 'aNDcaNHaDWaSaNtBY', 'acgt' * 5, 'tHaNtHat']
for i in range(300):
    seq += chunks[i * 7 % len(chunks)] + chunks[(i * 3 + 1) % len(chunks)][::-1]
fasta = '>ONE test\n' + '\n'.join(seq[i:i + 60] for i in range(0, len(seq), 60)) + '\n>TWO\nacgt\n'
clean = re.sub('>.*\n|\n', '', fasta)
print(len(fasta), len(clean))
for p in ('agggtaaa|tttaccct', '[cgt]gggtaaa|tttaccc[acg]', 'a[act]ggtaaa|tttacc[agt]t',
          'ag[act]gtaaa|tttac[agt]ct', 'agg[act]taaa|ttta[agt]cct', 'aggg[acg]aaa|ttt[cgt]ccct',
          'agggt[cgt]aa|tt[acg]accct', 'agggta[cgt]a|t[acg]taccct', 'agggtaa[cgt]|[acg]ttaccct'):
    print(p, len(re.findall(p, clean)))
for p, r in (('tHa[Nt]', '<4>'), ('aND|caN|Ha[DS]|WaS', '<3>'), ('a[NSt]|BY', '<2>'), ('<[^>]*>', '|'),
             ('\\|[^|][^|]*\\|', '-')):
    clean = re.sub(p, r, clean)
    print(p, len(clean))
print(clean[:80])
