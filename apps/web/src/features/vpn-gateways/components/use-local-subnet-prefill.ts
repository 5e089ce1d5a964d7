import { useEffect, useRef } from 'react';

interface PrefillForm {
  getValues(): { localSubnet: string };
  setFieldValue(path: 'localSubnet', value: string): void;
}

/**
 * The VPC's CIDR is the usual local subnet of a connection. The VPC list may load after the
 * dialog opened (a fresh page): fill it in once it arrives, only if the field is still empty.
 */
export function useLocalSubnetPrefill(form: PrefillForm, vpcCidr: string | undefined): void {
  const prefilled = useRef(false);
  const { getValues, setFieldValue } = form;
  useEffect(() => {
    if (prefilled.current || vpcCidr === undefined) return;
    prefilled.current = true;
    if (getValues().localSubnet === '') setFieldValue('localSubnet', vpcCidr);
  }, [vpcCidr, getValues, setFieldValue]);
}
