# expect: exit 2
# args: --max-time nan
# stderr: --max-time needs a positive number, not 'nan'
# why: a NaN virtual-time horizon
print("ran")
