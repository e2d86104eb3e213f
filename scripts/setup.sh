# Sourced by run.sh and test.sh: installs what a fresh Debian 12 / Ubuntu machine lacks
# (with apt-get) and builds Loopscope into build/.

LOOPSCOPE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOOPSCOPE_PACKAGES=(g++ cmake ninja-build pkg-config qt6-base-dev qt6-svg-dev python3.11-dev libseccomp-dev fonts-dejavu-core)

loopscope_install_dependencies() {
  local missing=()
  for package in "${LOOPSCOPE_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${missing[*]} ..."
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
      sudo="sudo"
    else
      echo "Missing packages (${missing[*]}) and no root rights to install them." >&2
      return 1
    fi
  fi
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# loopscope_build [extra cmake arguments...]
loopscope_build() {
  cmake -S "$LOOPSCOPE_ROOT" -B "$LOOPSCOPE_ROOT/build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release "$@"
  cmake --build "$LOOPSCOPE_ROOT/build" --parallel "$(nproc)"
}
