/** A short standing notice above the review (read-only, not Dutch, a failed refresh, …). */
import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";

export function Notice({
  intent,
  title,
  children,
  testId,
  actions,
}: {
  intent: MessageBarIntent;
  title?: string;
  children: React.ReactNode;
  testId?: string;
  actions?: React.ReactNode;
}) {
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>} {children}
      </MessageBarBody>
      {actions}
    </MessageBar>
  );
}
