# Checks lexicographic comparison and sorting of strings incl. case, prefixes, unicode and key functions.
words = ["banana", "Apple", "cherry", "apple", "Banana", "", "a", "aa", "ab", "Z", "é", "e", "10", "9", "1"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True)[:5])
print(min(words), max(words), min(words, key=len), max(words, key=len))
print("abc" == "abc", "abc" != "abd", "a" * 3 == "aaa", "abc" <= "abc", "abc" >= "abd")
print([w for w in words if w.lower().startswith('a')], sorted(words, key=str.casefold) == sorted(words, key=str.lower))
