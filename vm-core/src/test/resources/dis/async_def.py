async def fetch(session, urls):
    async with session as s:
        async for u in s.stream(urls):
            await s.get(u)
    return [await s.close() for _ in urls]

async def agen():
    yield 1
