import appIp from '../../../content/playground/app-ip.yaml?raw';
import groupOrder from '../../../content/playground/group-order.yaml?raw';
import instanceClusterIp from '../../../content/playground/instance-clusterip.yaml?raw';
import kindList from '../../../content/playground/kind-list.yaml?raw';
import seedInstance from '../../../content/scenarios/seed-instance.yaml?raw';
import seedIp from '../../../content/scenarios/seed-ip.yaml?raw';

/** A starting point: manifests and the request worth tracing through them. */
export interface Preset {
  id: 'app-ip' | 'course-instance' | 'course-ip' | 'kind-list' | 'group-order' | 'instance-clusterip';
  text: string;
  url: string;
}

export const presets: readonly Preset[] = [
  { id: 'app-ip', text: appIp, url: 'http://shop.example.com/' },
  { id: 'course-instance', text: seedInstance, url: 'https://api.example.com/location' },
  { id: 'course-ip', text: seedIp, url: 'https://api.example.com/location' },
  { id: 'kind-list', text: kindList, url: 'http://shop.example.com/catalog' },
  { id: 'group-order', text: groupOrder, url: 'http://shop.example.com/api/orders' },
  { id: 'instance-clusterip', text: instanceClusterIp, url: 'http://shop.example.com/' },
];

export const firstPreset = presets[0]!;
export const DEFAULT_CLIENT_IP = '203.0.113.10';
