#include "veiledview.h"

#include <QLabel>

namespace loopscope::ui {

VeiledView::VeiledView(QWidget* view, const QString& message, QWidget* parent)
    : QStackedWidget(parent), view_(view), message_(new QLabel(message, this))
{
    message_->setObjectName(QStringLiteral("Veil"));
    message_->setAlignment(Qt::AlignCenter);
    message_->setWordWrap(true);
    message_->setMargin(24);
    message_->setForegroundRole(QPalette::PlaceholderText);
    addWidget(view_);
    addWidget(message_);
}

void VeiledView::setVeiled(bool veiled)
{
    setCurrentIndex(veiled ? 1 : 0);
}

} // namespace loopscope::ui
