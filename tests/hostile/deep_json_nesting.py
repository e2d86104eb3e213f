# expect: exit 1
# stderr: RecursionError: maximum recursion depth exceeded while decoding a JSON array
# same-as-cpython
# why: json.loads of 100,000 nested arrays
import json

json.loads("[" * 100000 + "]" * 100000)
