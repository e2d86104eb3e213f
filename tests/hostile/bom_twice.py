# expect: exit 1
# stderr: SyntaxError: invalid non-printable character U+FEFF
# same-as-cpython
# why: two byte order marks: the second one is an invalid character
﻿print("ran")
