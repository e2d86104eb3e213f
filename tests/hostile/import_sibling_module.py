# expect: exit 1
# stderr: ModuleNotFoundError
# why: imports another program of this folder as a module: a read outside the Python installation
import only_comments

print("imported", only_comments.__name__)
