import { create } from 'zustand';
import { api } from '../api';

/**
 * The name recorded with status changes and comments (settings.userName). When it is empty,
 * the first review step asks for it once, through UserNameDialog.
 */
interface UserNameState {
  asking: boolean;
  /** True once a name is recorded, asking for it if there is none; false if the user declined. */
  ensure(): Promise<boolean>;
  /** Records the name typed in the dialog; rejects (and keeps asking) if it cannot be stored. */
  submit(name: string): Promise<void>;
  decline(): void;
}

export const useUserNameStore = create<UserNameState>()((set) => {
  let answer: ((named: boolean) => void) | null = null;
  const settle = (named: boolean) => {
    set({ asking: false });
    answer?.(named);
    answer = null;
  };
  return {
    asking: false,
    async ensure() {
      // Read each time: another library, or another window, may have set it meanwhile.
      const { userName } = await api.call('settings.get', {});
      if (userName.trim() !== '') return true;
      answer?.(false);
      set({ asking: true });
      return new Promise<boolean>((resolve) => {
        answer = resolve;
      });
    },
    async submit(name) {
      await api.call('settings.update', { userName: name.trim() });
      settle(true);
    },
    decline: () => settle(false),
  };
});
