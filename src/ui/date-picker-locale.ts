// Element Plus date pickers lay out weeks by dayjs's locale: zh-cn starts them on Monday, as Chinese
// calendars do. Imported by the components that show a date picker, so dayjs stays out of the first load.
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'

dayjs.locale('zh-cn')
