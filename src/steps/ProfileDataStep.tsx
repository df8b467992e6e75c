import type { FieldValues } from 'react-hook-form'
import type { StepProps } from '../components'
import { patchBody } from '../flow/patchBody'
import type { ProfileAttribute } from '../flow/types'
import { FormError } from '../ui/FormError'
import { NotYou } from '../ui/NotYou'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'

/**
 * PROFILE_DATA_REQUIRED (progressive profiling): one field per attribute PingOne asks for, named by
 * its dotted attribute name, so PingOne's errors land on it; sent as a PATCH body.
 */
export function ProfileDataStep({ step, isPending }: StepProps<'profileData'>) {
  const { components: C, t, locale } = useSignOn()
  const { form, onSubmit } = useActionForm<FieldValues>({
    action: 'user.update',
    defaultValues: blankValues(step.attributes),
    toBody: patchBody,
  })
  const { errors } = form.formState
  return (
    <C.Layout title={t('profileData.title')}>
      {step.promptText && <p>{step.promptText}</p>}
      <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
        <FormError errors={errors} />
        {step.attributes.map((attribute) => {
          const label = attribute.displayName || attribute.name
          return (
            <C.TextField
              key={attribute.name}
              label={attribute.required ? label : t('field.optional', { label })}
              {...inputHints(attribute)}
              required={attribute.required}
              error={form.getFieldState(attribute.name).error?.message}
              {...form.register(attribute.name, {
                required: attribute.required ? t('profileData.required', { name: inSentence(label, locale) }) : false,
              })}
            />
          )
        })}
        <C.Button type="submit" aria-disabled={isPending || undefined}>
          {t('profileData.submit')}
        </C.Button>
      </form>
      <NotYou />
    </C.Layout>
  )
}

/**
 * An empty value for every attribute, nested by its dotted name. Without it the form would look a
 * name such as `toString` up on a plain object and prefill the field with a function.
 */
function blankValues(attributes: ProfileAttribute[]): FieldValues {
  const values: FieldValues = {}
  for (const { name } of attributes) {
    const path = name.split('.')
    const last = path.pop()!
    let group = values
    for (const key of path) {
      if (!Object.hasOwn(group, key)) group[key] = {}
      group = group[key] as FieldValues
    }
    group[last] = ''
  }
  return values
}

// Browsers fill these from the user's saved details; the rest are plain text.
const hints: Record<string, { type?: string; autoComplete: string }> = {
  mobilePhone: { type: 'tel', autoComplete: 'tel' },
  primaryPhone: { type: 'tel', autoComplete: 'tel' },
  email: { type: 'email', autoComplete: 'email' },
  nickname: { autoComplete: 'nickname' },
  'name.given': { autoComplete: 'given-name' },
  'name.family': { autoComplete: 'family-name' },
  'name.middle': { autoComplete: 'additional-name' },
  'address.streetAddress': { autoComplete: 'street-address' },
  'address.locality': { autoComplete: 'address-level2' },
  'address.region': { autoComplete: 'address-level1' },
  'address.postalCode': { autoComplete: 'postal-code' },
  'address.countryCode': { autoComplete: 'country' },
}

function inputHints(attribute: ProfileAttribute) {
  return (Object.hasOwn(hints, attribute.name) && hints[attribute.name]) || { autoComplete: 'on' }
}

/** PingOne's display name, lower-cased to sit inside a sentence, except in German, where nouns keep their capital. */
function inSentence(name: string, locale: string) {
  return locale.split('-')[0] === 'de' ? name : name.toLocaleLowerCase(locale)
}
