# Checks nested dict access/updates, shallow copy sharing inner objects, dict of lists, len and in.
cfg = {'db': {'host': 'localhost', 'ports': [5432]}, 'debug': False}
shallow = cfg.copy()
shallow['debug'] = True
shallow['db']['ports'].append(5433)
print(cfg)
print(shallow)
print(cfg['db']['ports'][-1], 'host' in cfg['db'], 'host' in cfg, len(cfg), len(cfg['db']))
deep = {k: (dict(v) if isinstance(v, dict) else v) for k, v in cfg.items()}
deep['db']['host'] = 'remote'
print(cfg['db']['host'], deep['db']['host'])
matrix = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(matrix[(2, 1)], sum(matrix.values()), [matrix[i, i] for i in range(3)])
try:
    cfg['db']['user']
except KeyError as e:
    print("KeyError:", e)
print(cfg.get('db', {}).get('user', 'anonymous'))
