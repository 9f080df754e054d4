#!/usr/bin/env bash
# The shared kernel move (branch kernel): one copy of ids, DomainException, masking, problem+json and the
# sign-in helpers in canteen-service/src/kernel/java, package cn.xingfu.kernel, compiled into both services.
#
# Run from the repository root. Safe to run again: moves happen only while the old files exist, and the
# rewrites are idempotent. To bring another branch's new files along after merging kernel, run it on the
# merged tree (steps 2-4 are what a new file needs; step 1 is a no-op once the move is in).
#
#   bash docs/kernel-move.sh            # move + rewrite + spotless:apply
#   bash docs/kernel-move.sh --no-format
set -euo pipefail
cd "$(dirname "$0")/.."

C=canteen-service/src/main/java/cn/xingfu/canteen/shared
F=care-facility-service/src/main/java/cn/xingfu/care/shared
K=canteen-service/src/kernel/java/cn/xingfu/kernel
KT=canteen-service/src/kernel-test/java/cn/xingfu/kernel

# 1. Move canteen's copies (the reference) into the kernel; delete care-facility's drifted copies.
move() { # from to
  if [ -f "$1" ]; then mkdir -p "$(dirname "$2")"; git mv "$1" "$2"; fi
}
move $C/Ids.java                                $K/Ids.java
move $C/DomainException.java                    $K/DomainException.java
move $C/Masking.java                            $K/Masking.java
move $C/web/Problems.java                       $K/web/Problems.java
move $C/web/ProblemDetailsAdvice.java           $K/web/ProblemDetailsAdvice.java
move $C/web/RequestSizeLimitFilter.java         $K/web/RequestSizeLimitFilter.java
move $C/security/ProblemAuthenticationEntryPoint.java $K/security/ProblemAuthenticationEntryPoint.java
move $C/security/CsrfCookieFilter.java          $K/security/CsrfCookieFilter.java
move canteen-service/src/test/java/cn/xingfu/canteen/shared/MaskingTests.java $KT/MaskingTests.java
for f in Ids DomainException Masking web/Problems web/ProblemDetailsAdvice web/RequestSizeLimitFilter; do
  if [ -f "$F/$f.java" ]; then git rm -q "$F/$f.java"; fi
done

# 2. Package declarations of the moved files.
for f in $(find canteen-service/src/kernel canteen-service/src/kernel-test -name '*.java' 2>/dev/null); do
  sed -i -E \
    -e 's/^package cn\.xingfu\.canteen\.shared;/package cn.xingfu.kernel;/' \
    -e 's/^package cn\.xingfu\.canteen\.shared\.(web|security);/package cn.xingfu.kernel.\1;/' \
    "$f"
done
# the sign-in helpers are now used from each service's shared.security, so they become public
sed -i -E 's/^class (ProblemAuthenticationEntryPoint|CsrfCookieFilter) /public class \1 /' \
  $K/security/ProblemAuthenticationEntryPoint.java $K/security/CsrfCookieFilter.java

# 3. Every reference, imports and fully-qualified names alike, in both services (main and test code).
JAVA=$(find canteen-service/src care-facility-service/src -name '*.java')
sed -i -E \
  -e 's/\bcn\.xingfu\.(canteen|care)\.shared\.(Ids|DomainException|Masking)\b/cn.xingfu.kernel.\2/g' \
  -e 's/\bcn\.xingfu\.(canteen|care)\.shared\.web\.(Problems|ProblemDetailsAdvice|RequestSizeLimitFilter)\b/cn.xingfu.kernel.web.\2/g' \
  -e 's/\bcn\.xingfu\.(canteen|care)\.shared\.security\.(ProblemAuthenticationEntryPoint|CsrfCookieFilter)\b/cn.xingfu.kernel.security.\2/g' \
  $JAVA
# care-facility's Problems.body(...) is canteen's Problems.asJson(...)
sed -i -E 's/\bProblems\.body\(/Problems.asJson(/g' $(find care-facility-service/src -name '*.java')

# 4. Classes that sat in the same package as a moved class used it without an import: add one.
#    (package cn.xingfu.<svc>.shared -> Ids/DomainException/Masking; .shared.web -> Problems;
#     .shared.security -> ProblemAuthenticationEntryPoint/CsrfCookieFilter)
add_import() { # file class fqcn
  local file=$1 simple=$2 fqcn=$3
  grep -q "^import $fqcn;" "$file" && return 0
  grep -qE "\b$simple\b" "$file" || return 0
  perl -0pi -e "s/^(package [^;]+;\n)/\$1\nimport $fqcn;\n/m" "$file"
}
for f in $JAVA; do
  pkg=$(sed -n -E 's/^package ([a-z0-9.]+);/\1/p' "$f" | head -1)
  case "$pkg" in
    cn.xingfu.canteen.shared|cn.xingfu.care.shared)
      add_import "$f" Ids cn.xingfu.kernel.Ids
      add_import "$f" DomainException cn.xingfu.kernel.DomainException
      add_import "$f" Masking cn.xingfu.kernel.Masking ;;
    cn.xingfu.canteen.shared.web|cn.xingfu.care.shared.web)
      add_import "$f" Problems cn.xingfu.kernel.web.Problems ;;
    cn.xingfu.canteen.shared.security|cn.xingfu.care.shared.security)
      add_import "$f" ProblemAuthenticationEntryPoint cn.xingfu.kernel.security.ProblemAuthenticationEntryPoint
      add_import "$f" CsrfCookieFilter cn.xingfu.kernel.security.CsrfCookieFilter ;;
  esac
done

# 5. Import order as Spotless wants it.
if [ "${1:-}" != "--no-format" ]; then
  ./mvnw -B -ntp -q spotless:apply -pl canteen-service,care-facility-service
fi
