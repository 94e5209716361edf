# Checks insertion order preserved across deletes, re-inserts and updates of existing keys.
d = {}
for i in [5, 3, 9, 1]:
    d[i] = i * i
print(d)
del d[3]
d[3] = 'back'
d[5] = 'updated'
print(d)
d.pop(9)
d[9] = 'again'
d[7] = 'seven'
print(d, list(d))
e = dict(d)
e[1] = 'first?'
print(e)
print({k: d[k] for k in sorted(d)})
print(dict(sorted(d.items(), key=lambda kv: str(kv[1]))))
