import { Component, type ErrorInfo, type ReactNode } from 'react'
import { FullScreenMessage } from './full-screen-message'

interface State {
  error: Error | null
}

/** The last line of defence: a render error shows a calm message, never a white screen. */
interface Props {
  children: ReactNode
  /** Crisis help, which must stay in reach even when the app has crashed. */
  help?: ReactNode
}

export class AppErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Stays on this device: the console is the only place an error goes.
    console.error('Steady hit an error', error, info.componentStack)
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <FullScreenMessage
        title="Something went wrong"
        help={this.props.help}
        actions={
          <button
            type="button"
            className="button button--primary"
            onClick={() => window.location.assign('/')}
          >
            Reload Steady
          </button>
        }
      >
        <p>Steady hit a problem it did not expect. Everything you saved is still on this device.</p>
      </FullScreenMessage>
    )
  }
}
