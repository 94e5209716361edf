# From ../shared/seeds/000_2279b8ceb3373043.txt, section "为什么“内存管理”需要“线程安全”？"; verbatim below this line.
a = [1, 2, 3]
b = a
