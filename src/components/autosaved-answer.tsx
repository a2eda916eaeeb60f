import { TextAnswerField } from './text-answer-field'
import { useAutosavedText } from './use-autosaved-text'

interface AutosavedAnswerProps {
  label: string
  hint?: string
  /** Stands for the row and field; change it and the field starts afresh. */
  saveKey: string
  read: () => Promise<string | undefined>
  write: (text: string) => Promise<void>
  multiline?: boolean
  labelHidden?: boolean
  inputMode?: 'numeric' | 'text'
}

/** A free-text answer written to its own row as it is typed (see useAutosavedText). */
export function AutosavedAnswer(props: AutosavedAnswerProps) {
  return <AutosavedAnswerField key={props.saveKey} {...props} />
}

function AutosavedAnswerField({ saveKey, read, write, ...field }: AutosavedAnswerProps) {
  const { text, change, flush, problem } = useAutosavedText({ key: saveKey, read, write })
  return (
    <TextAnswerField
      {...field}
      value={text}
      onChange={change}
      onBlur={() => void flush()}
      problem={problem}
    />
  )
}
