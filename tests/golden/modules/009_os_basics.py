# os and os.path: path arithmetic, the current directory, the process id and CPU count
import os
import os.path

print(os.name, os.sep, os.pathsep, os.curdir, os.pardir, os.linesep == "\n", os.devnull)
print(os.path.join("a", "b", "c.txt"), os.path.join("a/", "/abs", "x"), os.path.join("", "x"))
print(os.path.split("/usr/lib/python3.11/os.py"), os.path.split("name"), os.path.split("/"))
print(os.path.basename("dir/file.tar.gz"), os.path.dirname("dir/sub/file"), os.path.dirname("//x"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"))
print(os.path.normpath("a//b/./c/../d/"), os.path.normpath("/../x"), os.path.normpath(""))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path is os.path, os.path.__name__)
here = os.getcwd()
print(os.path.isabs(here), os.path.abspath("x") == os.path.join(here, "x"))
print(os.path.exists("009_os_basics.py"), os.path.isfile("009_os_basics.py"), os.path.isdir("009_os_basics.py"))
print(os.path.isdir("."), os.path.exists("no-such-file"), "009_os_basics.py" in os.listdir("."))
print(type(os.getpid()).__name__, os.getpid() > 0, os.cpu_count() >= 1)
print(os.getenv("GILVM_SURELY_UNSET_VARIABLE", "default"), isinstance(os.environ.get("PATH", ""), str))
try:
    os.path.join("a", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    os.listdir("no-such-dir")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
