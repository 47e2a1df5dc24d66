/** The CSV template, public: a plain link downloads it, no token needed. */
export const IMPORT_TEMPLATE_URL = '/api/imports/template.csv';

/** The columns of the template, in its order; email and name are required. */
export const IMPORT_COLUMNS = ['email', 'name', 'country', 'gender', 'business_name', 'sector', 'women_led', 'women_owned', 'employees', 'language'] as const;
