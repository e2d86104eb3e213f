// Loopscope's icon, drawn rather than shipped: three task lanes with bars of running
// and waiting on a rounded tile, rendered crisp at every size the platform asks for.
#pragma once

#include <QIcon>

namespace loopscope::app {

QIcon appIcon();

} // namespace loopscope::app
