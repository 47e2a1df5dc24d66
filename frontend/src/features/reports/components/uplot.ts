// uPlot and its stylesheet, in a chunk of their own: only the chart loads it (import('./uplot')).
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export default uPlot;
