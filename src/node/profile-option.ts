// The --profile option of build and validate: 公文 when absent, a usage error when unknown.

import {DEFAULT_PROFILE, isProfileName, type ProfileName} from '../core';
import {CliError} from './cli-error';

export function parseProfile(value: string | undefined): ProfileName {
  if (value === undefined) return DEFAULT_PROFILE;
  if (!isProfileName(value)) throw new CliError('usage-bad-profile', {value});
  return value;
}
